package id.go.bekasikab.bpu.event;

import id.go.bekasikab.bpu.event.WebhookApi.DeliveryPage;
import id.go.bekasikab.bpu.event.WebhookApi.NewSubscription;
import id.go.bekasikab.bpu.event.WebhookApi.Replay;
import id.go.bekasikab.bpu.event.WebhookApi.Replayed;
import id.go.bekasikab.bpu.event.WebhookApi.SubscriptionList;
import id.go.bekasikab.bpu.event.WebhookApi.SubscriptionView;
import id.go.bekasikab.bpu.platform.Locations;
import id.go.bekasikab.bpu.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

@Path("/v1/webhook-subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INTEGRATION, Roles.MOBILE, Roles.OFFICER, Roles.ADMIN})
public class WebhookResource {

    private final WebhookSubscriptions subscriptions;
    private final Locations locations;

    WebhookResource(WebhookSubscriptions subscriptions, Locations locations) {
        this.subscriptions = subscriptions;
        this.locations = locations;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response subscribe(NewSubscription body) {
        SubscriptionView created = subscriptions.create(body);
        return Response.status(Response.Status.CREATED)
                .header("Location", locations.of("v1/webhook-subscriptions/" + created.id())).entity(created).build();
    }

    @GET
    public SubscriptionList list() {
        return subscriptions.list();
    }

    @GET
    @Path("{id}")
    public SubscriptionView get(@PathParam("id") UUID id) {
        return subscriptions.get(id);
    }

    @DELETE
    @Path("{id}")
    public Response unsubscribe(@PathParam("id") UUID id) {
        subscriptions.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/deliveries")
    public DeliveryPage deliveries(@PathParam("id") UUID id, @QueryParam("limit") String limit,
                                   @QueryParam("cursor") String cursor) {
        return subscriptions.deliveries(id, limit, cursor);
    }

    @POST
    @Path("{id}/replay")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replay(@PathParam("id") UUID id, Replay body) {
        Replayed replayed = subscriptions.replay(id, body);
        return Response.accepted(replayed).build();
    }
}
