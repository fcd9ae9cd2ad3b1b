package id.go.bekasikab.bpu.platform;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final AuditLog audit;

    AuditResource(AuditLog audit) {
        this.audit = audit;
    }

    @GET
    @RolesAllowed(Roles.AUDITOR)
    public AuditLog.Entries search(@QueryParam("subjectId") String subjectId, @QueryParam("actor") String actor,
                                   @QueryParam("from") String from, @QueryParam("to") String to,
                                   @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return audit.search(subjectId, actor, from, to, limit, cursor);
    }
}
