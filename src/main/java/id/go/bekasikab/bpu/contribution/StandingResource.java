package id.go.bekasikab.bpu.contribution;

import id.go.bekasikab.bpu.contribution.ContributionApi.CoverageAnswer;
import id.go.bekasikab.bpu.contribution.ContributionApi.Statement;
import id.go.bekasikab.bpu.platform.FieldError;
import id.go.bekasikab.bpu.platform.ProblemException;
import id.go.bekasikab.bpu.platform.QueryParams;
import id.go.bekasikab.bpu.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A participant's contributions and cover: "what do I owe, until when am I protected". */
@Path("/v1/participants/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class StandingResource {

    private final StandingService service;

    StandingResource(StandingService service) {
        this.service = service;
    }

    @RolesAllowed({Roles.MOBILE, Roles.OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @GET
    @Path("contributions")
    public Statement statement(@PathParam("id") UUID id, @QueryParam("from") String from, @QueryParam("to") String to) {
        List<FieldError> errors = new ArrayList<>();
        YearMonth end = QueryParams.month("to", to, null, errors);
        YearMonth start = QueryParams.month("from", from, null, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        return service.statement(id, start, end);
    }

    @RolesAllowed({Roles.MOBILE, Roles.OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @GET
    @Path("coverage")
    public CoverageAnswer coverage(@PathParam("id") UUID id, @QueryParam("date") String date) {
        return service.coverage(id, date == null ? null : QueryParams.day("date", date));
    }
}
