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

    private final ContributionService service;
    private final Idempotency idempotency;

    PaymentResource(ContributionService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @RolesAllowed({Roles.MOBILE, Roles.OFFICER})
    @POST
    @Path("contributions/payments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response pay(@HeaderParam(Idempotency.HEADER) String key, PaymentRequest body, @Context UriInfo uri) {
        Idempotency.Call call = idempotency.call(ContributionService.PAYMENT_SCOPE, key, body);
        return idempotency.execute(call, uri, () -> service.pay(body, call));
    }

    @RolesAllowed({Roles.MOBILE, Roles.OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @GET
    @Path("receipts/{receiptNumber}")
    public Receipt receipt(@PathParam("receiptNumber") String receiptNumber) {
        return service.receipt(receiptNumber)
                .orElseThrow(() -> ProblemException.notFound("RECEIPT_NOT_FOUND", "the receipt"));
    }
}
