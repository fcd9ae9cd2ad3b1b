package id.go.bekasikab.bpu.reference;

import id.go.bekasikab.bpu.reference.ReferenceAdminService.Holiday;
import id.go.bekasikab.bpu.reference.ReferenceAdminService.HolidayBody;
import id.go.bekasikab.bpu.reference.ReferenceAdminService.Rate;
import id.go.bekasikab.bpu.reference.ReferenceAdminService.RateBody;
import id.go.bekasikab.bpu.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

@Path("/v1/reference")
@Produces(MediaType.APPLICATION_JSON)
public class ReferenceResource {

    private final ReferenceAdminService admin;

    ReferenceResource(ReferenceAdminService admin) {
        this.admin = admin;
    }

    @GET
    @Path("holidays")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.AUDITOR})
    public List<Holiday> holidays(@QueryParam("year") String year) {
        return admin.holidays(year);
    }

    @PUT
    @Path("holidays/{day}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public Holiday putHoliday(@PathParam("day") String day, HolidayBody body) {
        return admin.putHoliday(day, body);
    }

    @DELETE
    @Path("holidays/{day}")
    @RolesAllowed(Roles.ADMIN)
    public Response deleteHoliday(@PathParam("day") String day) {
        admin.deleteHoliday(day);
        return Response.noContent().build();
    }

    @GET
    @Path("rates")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.AUDITOR})
    public List<Rate> rates() {
        return admin.rates();
    }

    @POST
    @Path("rates")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public Response addRate(RateBody body) {
        return Response.status(201).entity(admin.addRate(body)).build();
    }
}
