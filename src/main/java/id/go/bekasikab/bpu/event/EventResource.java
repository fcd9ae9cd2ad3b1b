package id.go.bekasikab.bpu.event;

import id.go.bekasikab.bpu.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/v1/events")
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {

    private final EventFeed feed;

    EventResource(EventFeed feed) {
        this.feed = feed;
    }

    @GET
    @RolesAllowed({Roles.INTEGRATION, Roles.MOBILE, Roles.OFFICER, Roles.AUDITOR, Roles.ADMIN})
    public EventFeed.EventPage events(@QueryParam("after") String after, @QueryParam("types") String types,
                                      @QueryParam("limit") String limit) {
        return feed.page(after, types, limit);
    }
}
