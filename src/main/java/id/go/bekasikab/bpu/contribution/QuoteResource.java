package id.go.bekasikab.bpu.contribution;

import id.go.bekasikab.bpu.contribution.ContributionApi.Quote;
import id.go.bekasikab.bpu.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/v1/contribution-quotes")
@Produces(MediaType.APPLICATION_JSON)
public class QuoteResource {

    private final ContributionService service;

    QuoteResource(ContributionService service) {
        this.service = service;
    }

    @RolesAllowed({Roles.INTEGRATION, Roles.MOBILE, Roles.OFFICER, Roles.AUDITOR, Roles.ADMIN})
    @GET
    public Quote quote(@QueryParam("declaredIncome") String declaredIncome, @QueryParam("programmes") String programmes,
                       @QueryParam("occupation") String occupation, @QueryParam("funding") String funding,
                       @QueryParam("month") String month) {
        return service.quote(declaredIncome, programmes, occupation, funding, month);
    }
}
