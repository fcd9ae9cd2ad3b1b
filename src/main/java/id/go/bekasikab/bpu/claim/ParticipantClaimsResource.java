package id.go.bekasikab.bpu.claim;

import id.go.bekasikab.bpu.claim.ClaimApi.ClaimView;
import id.go.bekasikab.bpu.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;

@Path("/v1/participants/{id}/claims")
@Produces(MediaType.APPLICATION_JSON)
public class ParticipantClaimsResource {

    private final ClaimQueryService claims;

    ParticipantClaimsResource(ClaimQueryService claims) {
        this.claims = claims;
    }

    /** Every claim made on the participant's membership, oldest first. */
    @RolesAllowed({Roles.MOBILE, Roles.OFFICER, Roles.AUDITOR})
    @GET
    public List<ClaimView> claims(@PathParam("id") UUID id) {
        return claims.ofParticipant(id);
    }
}
