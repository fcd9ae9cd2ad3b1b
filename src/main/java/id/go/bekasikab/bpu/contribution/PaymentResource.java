package id.go.bekasikab.bpu.contribution;

import id.go.bekasikab.bpu.contribution.ContributionApi.OfficerReversal;
import id.go.bekasikab.bpu.contribution.ContributionApi.PaymentRequest;
import id.go.bekasikab.bpu.contribution.ContributionApi.Receipt;
import id.go.bekasikab.bpu.platform.FieldError;
import id.go.bekasikab.bpu.platform.Idempotency;
import id.go.bekasikab.bpu.platform.RequestValidation;
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
import java.util.List;

@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
public class PaymentResource {

    private final PaymentService payments;
    private final ReceiptService receipts;
    private final ReversalService reversals;
    private final RequestValidation validation;
    private final Idempotency idempotency;

    PaymentResource(PaymentService payments, ReceiptService receipts, ReversalService reversals,
                    RequestValidation validation, Idempotency idempotency) {
        this.payments = payments;
        this.reversals = reversals;
        this.validation = validation;
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

    /** An officer reverses a participant's own payment, at any time, with a reason; again answers the same (200). */
    @RolesAllowed(Roles.OFFICER)
    @POST
    @Path("receipts/{receiptNumber}/reversal")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reverse(@PathParam("receiptNumber") String receiptNumber, OfficerReversal body) {
        List<FieldError> errors = validation.errorsOf(body);
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        ReversalService.Reversed reversed = reversals.reverseByOfficer(receiptNumber, body.reason());
        return reversed.made() ? Response.status(201).entity(reversed.receipt()).build()
                : Response.ok(reversed.receipt()).header(Idempotency.REPLAYED, "true").build();
    }
}
