package id.go.bekasikab.bpu.payer;

import id.go.bekasikab.bpu.payer.EnrolmentService.JobView;
import id.go.bekasikab.bpu.payer.EnrolmentService.RowPage;
import id.go.bekasikab.bpu.platform.ProblemException;
import id.go.bekasikab.bpu.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

@Path("/v1/jobs/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class JobResource {

    private final EnrolmentService enrolments;

    JobResource(EnrolmentService enrolments) {
        this.enrolments = enrolments;
    }

    @RolesAllowed({Roles.INTEGRATION, Roles.OFFICER, Roles.AUDITOR})
    @GET
    public JobView job(@PathParam("id") UUID id) {
        return enrolments.job(id).orElseThrow(() -> ProblemException.notFound("JOB_NOT_FOUND", "the job"));
    }

    @RolesAllowed({Roles.INTEGRATION, Roles.OFFICER, Roles.AUDITOR})
    @GET
    @Path("rows")
    public RowPage rows(@PathParam("id") UUID id, @QueryParam("outcome") String outcome,
                        @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return enrolments.rows(id, outcome, limit, cursor);
    }
}
