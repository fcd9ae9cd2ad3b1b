package id.go.bekasikab.bpu.payer;

import id.go.bekasikab.bpu.payer.PayerApi.SponsorshipView;
import id.go.bekasikab.bpu.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;

@Path("/v1/participants/{id}/sponsorships")
@Produces(MediaType.APPLICATION_JSON)
public class ParticipantSponsorshipResource {

    private final SponsorshipService sponsorships;

    ParticipantSponsorshipResource(SponsorshipService sponsorships) {
        this.sponsorships = sponsorships;
    }

    /** Who pays for the participant, month range by month range (an array, oldest first). */
    @RolesAllowed({Roles.MOBILE, Roles.OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @GET
    public List<SponsorshipView> sponsorships(@PathParam("id") UUID id) {
        return sponsorships.ofParticipant(id);
    }
}
