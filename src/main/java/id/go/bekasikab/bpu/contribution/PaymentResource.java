package id.go.bekasikab.bpu.contribution;

import id.go.bekasikab.bpu.contribution.ContributionApi.PaymentRequest;
import id.go.bekasikab.bpu.contribution.ContributionApi.Receipt;
import id.go.bekasikab.bpu.platform.Idempotency;
import id.go.bekasikab.bpu.platform.ProblemException;
import id.go.bekasikab.bpu.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
public class PaymentResource {

    private final PaymentService payments;
    private final ReceiptService receipts;
    private final Idempotency idempotency;

    PaymentResource(PaymentService payments, ReceiptService receipts, Idempotency idempotency) {
        this.payments = payments;
        this.receipts = receipts;
        this.idempotency = idempotency;
    }

    @RolesAllowed({Roles.MOBILE, Roles.OFFICER})
    @POST
    @Path("contributions/payments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response pay(@HeaderParam(Idempotency.HEADER) String key, PaymentRequest body, @Context UriInfo uri) {
        Idempotency.Call call = idempotency.call(PaymentService.PAYMENT_SCOPE, key, body);
        return idempotency.execute(call, uri, () -> payments.pay(body),
                receipt -> new Idempotency.Outcome(201, receipt, "v1/receipts/" + receipt.receiptNumber()));
    }

    @RolesAllowed({Roles.MOBILE, Roles.OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @GET
    @Path("receipts/{receiptNumber}")
    public Receipt receipt(@PathParam("receiptNumber") String receiptNumber) {
        return receipts.receipt(receiptNumber)
                .orElseThrow(() -> ProblemException.notFound("RECEIPT_NOT_FOUND", "the receipt"));
    }
}
