package id.go.bekasikab.bpu.channel;

import id.go.bekasikab.bpu.channel.ChannelApi.ChannelList;
import id.go.bekasikab.bpu.channel.ChannelApi.ChannelPaymentRequest;
import id.go.bekasikab.bpu.channel.ChannelApi.ChannelReceipt;
import id.go.bekasikab.bpu.channel.ChannelApi.ChannelView;
import id.go.bekasikab.bpu.channel.ChannelApi.Inquiry;
import id.go.bekasikab.bpu.channel.ChannelApi.InquiryRequest;
import id.go.bekasikab.bpu.channel.ChannelApi.NewChannel;
import id.go.bekasikab.bpu.channel.ChannelApi.ReversalRequest;
import id.go.bekasikab.bpu.platform.Locations;
import id.go.bekasikab.bpu.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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

/** Payment channels: the registry (admin), and a channel's inquiries, payments and reversals (host-to-host). */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
public class ChannelResource {

    private final ChannelService channels;
    private final InquiryService inquiries;
    private final ChannelPayments payments;
    private final Locations locations;

    ChannelResource(ChannelService channels, InquiryService inquiries, ChannelPayments payments, Locations locations) {
        this.channels = channels;
        this.inquiries = inquiries;
        this.payments = payments;
        this.locations = locations;
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Path("channels")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(NewChannel body) {
        ChannelView channel = channels.register(body);
        return Response.status(201).header(HttpHeaders.LOCATION, locations.of("v1/channels/" + channel.id()))
                .entity(channel).build();
    }

    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.AUDITOR})
    @GET
    @Path("channels")
    public ChannelList list() {
        return channels.list();
    }

    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.AUDITOR})
    @GET
    @Path("channels/{id}")
    public ChannelView get(@PathParam("id") UUID id) {
        return channels.get(id);
    }

    @RolesAllowed(Roles.CHANNEL)
    @POST
    @Path("channel/inquiries")
    @Consumes(MediaType.APPLICATION_JSON)
    public Inquiry inquire(InquiryRequest body) {
        return inquiries.inquire(body);
    }

    @RolesAllowed(Roles.CHANNEL)
    @POST
    @Path("channel/payments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response pay(ChannelPaymentRequest body, @Context UriInfo uri) {
        return payments.pay(body, uri);
    }

    @RolesAllowed(Roles.CHANNEL)
    @GET
    @Path("channel/payments/{transactionId}")
    public ChannelReceipt payment(@PathParam("transactionId") String transactionId) {
        return payments.get(transactionId);
    }

    @RolesAllowed(Roles.CHANNEL)
    @POST
    @Path("channel/reversals")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reverse(ReversalRequest body) {
        return payments.reverse(body);
    }
}
