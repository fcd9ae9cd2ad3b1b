package id.go.bekasikab.bpu.channel;

import id.go.bekasikab.bpu.channel.ChannelApi.ChannelList;
import id.go.bekasikab.bpu.channel.ChannelApi.ChannelView;
import id.go.bekasikab.bpu.channel.ChannelApi.NewChannel;
import id.go.bekasikab.bpu.contribution.Channel;
import id.go.bekasikab.bpu.platform.AuditLog;
import id.go.bekasikab.bpu.platform.Caller;
import id.go.bekasikab.bpu.platform.Constraints;
import id.go.bekasikab.bpu.platform.FieldError;
import id.go.bekasikab.bpu.platform.Ids;
import id.go.bekasikab.bpu.platform.ProblemException;
import id.go.bekasikab.bpu.platform.RequestValidation;
import id.go.bekasikab.bpu.platform.Roles;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The registry of payment channels (admin), and which one a channel's token speaks for. */
@ApplicationScoped
public class ChannelService implements PanacheRepositoryBase<PaymentChannel, UUID> {

    private final RequestValidation validation;
    private final AuditLog audit;
    private final Caller caller;
    private final Clock clock;

    ChannelService(RequestValidation validation, AuditLog audit, Caller caller, Clock clock) {
        this.validation = validation;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public ChannelView register(NewChannel body) {
        List<FieldError> errors = new ArrayList<>(validation.errorsOf(body));
        if (body != null && body.type() == Channel.PAYER) {
            errors.add(new FieldError("/type", "INVALID_VALUE", "a payer pays through its own bulk payments"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        PaymentChannel channel = new PaymentChannel();
        channel.id = Ids.newId();
        channel.code = body.code();
        channel.name = body.name().strip().replaceAll("\\s+", " ");
        channel.type = body.type();
        channel.createdAt = clock.instant();
        try {
            persistAndFlush(channel);
        } catch (PersistenceException e) {
            if (Constraints.violated(e, "payment_channel_code")) {
                throw new ProblemException(409, "DUPLICATE_CHANNEL_CODE", "Channel code taken",
                        "a payment channel with this code is already registered");
            }
            throw e;
        }
        ChannelView view = view(channel);
        audit.write("channel.register", "channel", channel.id, null, view);
        return view;
    }

    @Transactional
    public ChannelList list() {
        return new ChannelList(list("order by code").stream().map(ChannelService::view).toList());
    }

    @Transactional
    public ChannelView get(UUID id) {
        PaymentChannel channel = findById(id);
        if (channel == null) {
            throw ProblemException.notFound("CHANNEL_NOT_FOUND", "the payment channel");
        }
        return view(channel);
    }

    /**
     * The channel a request acts for: a channel's host acts for the registered channel in its token; an officer
     * names one ({@code channelId}). A channel token that names none, or an unregistered one, is refused.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    PaymentChannel acting(UUID named) {
        UUID id;
        if (caller.has(Roles.CHANNEL) && !caller.has(Roles.OFFICER)) {
            id = caller.channel().orElse(null);
            if (id == null || (named != null && !named.equals(id))) {
                throw forbidden();
            }
        } else if (named == null) {
            throw ProblemException.validation(List.of(new FieldError("channelId", "REQUIRED",
                    "name the payment channel")));
        } else {
            id = named;
        }
        PaymentChannel channel = findById(id);
        if (channel == null) {
            if (caller.has(Roles.CHANNEL) && !caller.has(Roles.OFFICER)) {
                throw forbidden();
            }
            throw ProblemException.notFound("CHANNEL_NOT_FOUND", "the payment channel");
        }
        return channel;
    }

    private static ProblemException forbidden() {
        return new ProblemException(403, "FORBIDDEN", "Forbidden",
                "a channel's token carries the channel_id of a registered payment channel, and acts for that one only");
    }

    static ChannelView view(PaymentChannel channel) {
        return new ChannelView(channel.id, channel.code, channel.name, channel.type, channel.createdAt);
    }
}
