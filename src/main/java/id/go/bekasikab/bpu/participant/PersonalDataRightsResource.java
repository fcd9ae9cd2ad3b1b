package id.go.bekasikab.bpu.participant;

import id.go.bekasikab.bpu.participant.ParticipantApi.CorrectionDecision;
import id.go.bekasikab.bpu.participant.ParticipantApi.CorrectionRequest;
import id.go.bekasikab.bpu.participant.ParticipantApi.CorrectionView;
import id.go.bekasikab.bpu.participant.ParticipantApi.Erasure;
import id.go.bekasikab.bpu.participant.ParticipantApi.ParticipantView;
import id.go.bekasikab.bpu.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;

/** UU 27/2022: the right to correct identity data (reviewed by an officer) and to withdraw consent (erasure). */
@Path("/v1/participants/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class PersonalDataRightsResource {

    private final PersonalDataRightsService participants;

    PersonalDataRightsResource(PersonalDataRightsService participants) {
        this.participants = participants;
    }

    @POST
    @Path("corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MOBILE, Roles.OFFICER})
    public Response requestCorrection(@PathParam("id") UUID id, CorrectionRequest body) {
        return Response.status(201).entity(participants.requestCorrection(id, body)).build();
    }

    @GET
    @Path("corrections")
    @RolesAllowed({Roles.MOBILE, Roles.OFFICER, Roles.AUDITOR})
    public List<CorrectionView> corrections(@PathParam("id") UUID id) {
        return participants.corrections(id);
    }

    @POST
    @Path("corrections/{correctionId}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    public CorrectionView decide(@PathParam("id") UUID id, @PathParam("correctionId") UUID correctionId,
                                 CorrectionDecision body) {
        return participants.decideCorrection(id, correctionId, body);
    }

    @POST
    @Path("erasure")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    public ParticipantView erase(@PathParam("id") UUID id, Erasure body) {
        return participants.erase(id, body);
    }
}
