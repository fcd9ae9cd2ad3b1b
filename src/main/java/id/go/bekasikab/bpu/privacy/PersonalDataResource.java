package id.go.bekasikab.bpu.privacy;

import id.go.bekasikab.bpu.platform.Roles;
import id.go.bekasikab.bpu.privacy.PersonalDataService.PersonalData;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

@Path("/v1/participants/{id}/personal-data")
@Produces(MediaType.APPLICATION_JSON)
public class PersonalDataResource {

    private final PersonalDataService service;

    PersonalDataResource(PersonalDataService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.MOBILE, Roles.OFFICER, Roles.AUDITOR})
    public PersonalData export(@PathParam("id") UUID id) {
        return service.export(id);
    }
}
