package id.go.bekasikab.bpu.payer;

import id.go.bekasikab.bpu.payer.CoverageStatsService.Stats;
import id.go.bekasikab.bpu.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/v1/stats/coverage")
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {

    private final CoverageStatsService stats;

    StatsResource(CoverageStatsService stats) {
        this.stats = stats;
    }

    @RolesAllowed({Roles.INTEGRATION, Roles.OFFICER, Roles.AUDITOR, Roles.ADMIN})
    @GET
    public Stats coverage(@QueryParam("month") String month, @QueryParam("payerId") String payerId,
                          @QueryParam("groupBy") String groupBy) {
        return stats.coverage(month, payerId, groupBy);
    }
}
