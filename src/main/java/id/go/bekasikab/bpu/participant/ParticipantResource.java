package id.go.bekasikab.bpu.participant;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.go.bekasikab.bpu.participant.ParticipantApi.Found;
import id.go.bekasikab.bpu.participant.ParticipantApi.Page;
import id.go.bekasikab.bpu.participant.ParticipantApi.ParticipantView;
import id.go.bekasikab.bpu.participant.ParticipantApi.Registration;
import id.go.bekasikab.bpu.participant.ParticipantApi.Search;
import id.go.bekasikab.bpu.participant.ParticipantApi.Versioned;
import id.go.bekasikab.bpu.platform.Locations;
import id.go.bekasikab.bpu.platform.ProblemException;
import id.go.bekasikab.bpu.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;

@Path("/v1/participants")
@Produces(MediaType.APPLICATION_JSON)
public class ParticipantResource {

    static final String MERGE_PATCH = "application/merge-patch+json";

    private final RegistrationService registration;
    private final ParticipantService service;
    private final ParticipantChangeService changes;
    private final Locations locations;

    ParticipantResource(RegistrationService registration, ParticipantService service,
                        ParticipantChangeService changes, Locations locations) {
        this.registration = registration;
        this.service = service;
        this.changes = changes;
        this.locations = locations;
    }

    @RolesAllowed({Roles.MOBILE, Roles.OFFICER})
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(Registration body, @Context UriInfo uri) {
        Versioned created = registration.register(body);
        return Response.status(201).header(HttpHeaders.LOCATION, locations.of("v1/participants/" + created.participant().id()))
                .header(HttpHeaders.ETAG, ETags.of(created.version()))
                .entity(created.participant()).build();
    }

    @RolesAllowed({Roles.MOBILE, Roles.OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @GET
    @Path("{id}")
    public Response get(@PathParam("id") UUID id) {
        Versioned found = service.get(id)
                .orElseThrow(() -> ProblemException.notFound("PARTICIPANT_NOT_FOUND", "the participant"));
        return Response.ok(found.participant()).header(HttpHeaders.ETAG, ETags.of(found.version())).build();
    }

    /** By NIK or membership number, in a body so that a NIK never appears in a URL or an access log. */
    @RolesAllowed({Roles.MOBILE, Roles.OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @POST
    @Path("search")
    @Consumes(MediaType.APPLICATION_JSON)
    public Found<ParticipantView> search(Search body) {
        return service.search(body);
    }

    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @GET
    public Page<ParticipantView> list(@BeanParam ParticipantListParams params) {
        return service.list(params.filter());
    }

    @RolesAllowed({Roles.MOBILE, Roles.OFFICER})
    @PATCH
    @Path("{id}")
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    public Response patch(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, String body)
            throws JsonProcessingException {
        Versioned patched = changes.patch(id, ifMatch, body);
        return Response.ok(patched.participant()).header(HttpHeaders.ETAG, ETags.of(patched.version())).build();
    }
}
