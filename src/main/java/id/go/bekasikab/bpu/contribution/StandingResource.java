package id.go.bekasikab.bpu.contribution;

import id.go.bekasikab.bpu.contribution.ContributionApi.CoverageAnswer;
import id.go.bekasikab.bpu.contribution.ContributionApi.Statement;
import id.go.bekasikab.bpu.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/** A participant's contributions and cover: "what do I owe, until when am I protected". */
@Path("/v1/participants/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class StandingResource {

    private final ContributionService service;

    StandingResource(ContributionService service) {
        this.service = service;
    }

    @RolesAllowed({Roles.MOBILE, Roles.OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @GET
    @Path("contributions")
    public Statement statement(@PathParam("id") UUID id, @QueryParam("from") String from, @QueryParam("to") String to) {
        return service.statement(id, from, to);
    }

    @RolesAllowed({Roles.MOBILE, Roles.OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @GET
    @Path("coverage")
    public CoverageAnswer coverage(@PathParam("id") UUID id, @QueryParam("date") String date) {
        return service.coverage(id, date);
    }
}
