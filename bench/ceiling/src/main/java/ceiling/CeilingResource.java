package ceiling;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;

/** What bpu-service's quote and one-row reads would cost with nothing else in them. */
@Path("/ceiling")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"officer", "integration", "mobile", "auditor", "admin"})
public class CeilingResource {

    public record Line(String programme, long gross, long discount, long net) {
    }

    public record Quote(String month, long declaredIncome, long incomeBasis, List<Line> lines, long total) {
    }

    @GET
    @Path("/quote")
    public Quote quote(@QueryParam("declaredIncome") long income) {
        return new Quote("2026-12", income, income, List.of(new Line("JKK", 10_000, 5_000, 5_000),
                new Line("JKM", 6_800, 3_400, 3_400)), 8_400);
    }

    @GET
    @Path("/rows/{id}")
    @Transactional
    public Row row(@PathParam("id") UUID id) {
        Row row = Row.findById(id);
        if (row == null) {
            throw new NotFoundException();
        }
        return row;
    }
}
