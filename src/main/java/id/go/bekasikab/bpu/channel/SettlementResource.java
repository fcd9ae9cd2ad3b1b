package id.go.bekasikab.bpu.channel;

import id.go.bekasikab.bpu.channel.SettlementApi.SettlementReport;
import id.go.bekasikab.bpu.platform.FieldError;
import id.go.bekasikab.bpu.platform.Locations;
import id.go.bekasikab.bpu.platform.ProblemException;
import id.go.bekasikab.bpu.platform.QueryParams;
import id.go.bekasikab.bpu.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Daily settlement files: uploaded by the channel (or an officer for it), reconciled, kept, downloadable. */
@Path("/v1/channel/settlements")
@Produces(MediaType.APPLICATION_JSON)
public class SettlementResource {

    static final String CSV = "text/csv";

    private final SettlementService settlements;
    private final Locations locations;

    SettlementResource(SettlementService settlements, Locations locations) {
        this.settlements = settlements;
        this.locations = locations;
    }

    /** 201 with the report; the same file for the same day again answers the kept report (200). */
    @RolesAllowed({Roles.CHANNEL, Roles.OFFICER})
    @POST
    @Consumes(CSV)
    public Response upload(@QueryParam("date") String date, @QueryParam("channelId") String channelId, String body) {
        List<FieldError> errors = new ArrayList<>();
        if (date == null) {
            errors.add(new FieldError("date", "REQUIRED", "the business day of the file, YYYY-MM-DD"));
        }
        LocalDate day = QueryParams.day("date", date, null, errors);
        UUID channel = null;
        if (channelId != null) {
            try {
                channel = UUID.fromString(channelId);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("channelId", "INVALID_FORMAT", "must be a UUID"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        SettlementService.Reconciled reconciled = settlements.reconcile(channel, day, body);
        SettlementReport report = reconciled.report();
        return Response.status(reconciled.made() ? 201 : 200)
                .header(HttpHeaders.LOCATION, locations.of("v1/channel/settlements/" + report.id()))
                .entity(report).build();
    }

    @RolesAllowed({Roles.CHANNEL, Roles.OFFICER, Roles.AUDITOR})
    @GET
    @Path("{id}")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    public Response report(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        SettlementReport report = settlements.report(id);
        if (accept != null && accept.contains(CSV) && !accept.contains(MediaType.APPLICATION_JSON)) {
            return Response.ok(SettlementFile.csv(report), CSV + ";charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"settlement-" + report.date() + "-"
                            + report.id() + ".csv\"").build();
        }
        return Response.ok(report, MediaType.APPLICATION_JSON).build();
    }
}
