package id.go.bekasikab.bpu.claim;

import id.go.bekasikab.bpu.claim.ClaimApi.ClaimView;
import id.go.bekasikab.bpu.claim.ClaimApi.Documents;
import id.go.bekasikab.bpu.claim.ClaimApi.NewClaim;
import id.go.bekasikab.bpu.claim.ClaimApi.Page;
import id.go.bekasikab.bpu.claim.ClaimApi.Transition;
import id.go.bekasikab.bpu.platform.Idempotency;
import id.go.bekasikab.bpu.platform.ProblemException;
import id.go.bekasikab.bpu.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
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
import java.util.UUID;

@Path("/v1/claims")
@Produces(MediaType.APPLICATION_JSON)
public class ClaimResource {

    private final ClaimAssessmentService submissions;
    private final ClaimWorkflowService workflow;
    private final ClaimQueryService claims;
    private final Idempotency idempotency;

    ClaimResource(ClaimAssessmentService submissions, ClaimWorkflowService workflow, ClaimQueryService claims,
                  Idempotency idempotency) {
        this.submissions = submissions;
        this.workflow = workflow;
        this.claims = claims;
        this.idempotency = idempotency;
    }

    @RolesAllowed({Roles.MOBILE, Roles.OFFICER})
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(@HeaderParam(Idempotency.HEADER) String key, NewClaim body, @Context UriInfo uri) {
        Idempotency.Call call = idempotency.call(ClaimAssessmentService.SCOPE, key, body);
        return idempotency.execute(call, uri, () -> submissions.submit(body),
                claim -> new Idempotency.Outcome(201, claim, "v1/claims/" + claim.id()));
    }

    @RolesAllowed({Roles.MOBILE, Roles.OFFICER, Roles.AUDITOR})
    @GET
    @Path("{id}")
    public ClaimView get(@PathParam("id") UUID id) {
        return claims.get(id).orElseThrow(() -> ProblemException.notFound("CLAIM_NOT_FOUND", "the claim"));
    }

    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR})
    @GET
    public Page list(@BeanParam ClaimListParams params) {
        return claims.list(params.filter());
    }

    @RolesAllowed({Roles.OFFICER})
    @POST
    @Path("{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    public ClaimView transition(@PathParam("id") UUID id, Transition body) {
        return workflow.transition(id, body);
    }

    @RolesAllowed({Roles.MOBILE, Roles.OFFICER})
    @POST
    @Path("{id}/documents")
    @Consumes(MediaType.APPLICATION_JSON)
    public ClaimView addDocuments(@PathParam("id") UUID id, Documents body) {
        return workflow.addDocuments(id, body);
    }
}
