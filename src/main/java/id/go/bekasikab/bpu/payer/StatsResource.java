package id.go.bekasikab.bpu.payer;

import id.go.bekasikab.bpu.payer.CoverageStatsService.Stats;
import id.go.bekasikab.bpu.platform.Roles;
import id.go.bekasikab.bpu.reference.Regions;
import id.go.bekasikab.bpu.payer.CoverageStatsService.GroupBy;
import id.go.bekasikab.bpu.platform.FieldError;
import id.go.bekasikab.bpu.platform.HeavyReads;
import id.go.bekasikab.bpu.platform.ProblemException;
import id.go.bekasikab.bpu.platform.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Path("/v1/stats/coverage")
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {

    private final CoverageStatsService stats;
    private final HeavyReads heavyReads;
    private final Regions regions;
    private final Clock clock;

    StatsResource(CoverageStatsService stats, HeavyReads heavyReads, Regions regions, Clock clock) {
        this.stats = stats;
        this.regions = regions;
        this.heavyReads = heavyReads;
        this.clock = clock;
    }

    @RolesAllowed({Roles.INTEGRATION, Roles.OFFICER, Roles.AUDITOR, Roles.ADMIN})
    @GET
    public Stats coverage(@QueryParam("month") String month, @QueryParam("payerId") String payerId,
                          @QueryParam("groupBy") String groupBy, @QueryParam("regionCode") String regionCode) {
        List<FieldError> errors = new ArrayList<>();
        YearMonth period = QueryParams.month("month", month, YearMonth.now(clock), errors);
        UUID payer = null;
        if (payerId != null) {
            try {
                payer = UUID.fromString(payerId);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("payerId", "INVALID_FORMAT", "must be a UUID"));
            }
        }
        GroupBy by = GroupBy.district;
        if (groupBy != null) {
            try {
                by = GroupBy.valueOf(groupBy);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("groupBy", "UNKNOWN_ENUM_VALUE",
                        "district, village, occupation, status or sector"));
            }
        }
        if (regionCode != null && regions.find(regionCode).isEmpty()) {
            errors.add(new FieldError("regionCode", "UNKNOWN_REGION", "not a Kemendagri area code, e.g. 32.16"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        UUID scoped = payer;
        GroupBy grouped = by;
        return heavyReads.run(Stats.class, () -> stats.coverage(period, scoped, regionCode, grouped));
    }
}
