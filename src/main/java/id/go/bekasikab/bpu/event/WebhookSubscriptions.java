package id.go.bekasikab.bpu.event;

import id.go.bekasikab.bpu.event.WebhookApi.DeliveryPage;
import id.go.bekasikab.bpu.event.WebhookApi.DeliveryView;
import id.go.bekasikab.bpu.event.WebhookApi.NewSubscription;
import id.go.bekasikab.bpu.event.WebhookApi.Replay;
import id.go.bekasikab.bpu.event.WebhookApi.Replayed;
import id.go.bekasikab.bpu.event.WebhookApi.SubscriptionList;
import id.go.bekasikab.bpu.event.WebhookApi.SubscriptionView;
import id.go.bekasikab.bpu.platform.AuditLog;
import id.go.bekasikab.bpu.platform.Caller;
import id.go.bekasikab.bpu.platform.Cursor;
import id.go.bekasikab.bpu.platform.FieldError;
import id.go.bekasikab.bpu.platform.Ids;
import id.go.bekasikab.bpu.platform.ProblemException;
import id.go.bekasikab.bpu.platform.RequestValidation;
import id.go.bekasikab.bpu.platform.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A client's webhook subscriptions: made, listed, removed, their delivery log and replays. A subscription belongs to
 * the client that made it (subject and client of its token) and sees what that client may see in the feed.
 */
@ApplicationScoped
public class WebhookSubscriptions {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final EntityManager em;
    private final Caller caller;
    private final WebhookTargets targets;
    private final RequestValidation validation;
    private final EventFeed feed;
    private final AuditLog audit;
    private final Clock clock;

    WebhookSubscriptions(EntityManager em, Caller caller, WebhookTargets targets, RequestValidation validation,
                         EventFeed feed, AuditLog audit, Clock clock) {
        this.em = em;
        this.caller = caller;
        this.targets = targets;
        this.validation = validation;
        this.feed = feed;
        this.audit = audit;
        this.clock = clock;
    }

    /** Delivers what happens from now on; the secret (Standard Webhooks, whsec_…) is shown in this answer only. */
    @Transactional
    public SubscriptionView create(NewSubscription body) {
        List<FieldError> errors = new ArrayList<>(validation.errorsOf(body));
        if (body != null && body.url() != null) {
            targets.refusal(body.url()).ifPresent(why -> errors.add(new FieldError("/url", "URL_NOT_ALLOWED", why)));
        }
        List<String> types = body == null || body.types() == null ? List.of() : body.types();
        types.stream().filter(t -> !EventFeed.TYPES.contains(t)).findFirst().ifPresent(t ->
                errors.add(new FieldError("/types", "UNKNOWN_ENUM_VALUE", "not an event type: see the contract")));
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        feed.sequence();
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        String secret = "whsec_" + Base64.getEncoder().encodeToString(key);
        return store(body.url(), types, secret);
    }

    private SubscriptionView store(String url, List<String> types, String secret) {
        UUID id = Ids.newId();
        Instant now = clock.instant();
        em.createNativeQuery("""
                        insert into webhook_subscription (id, owner, payer_id, url, types, secret, after_position, created_at)
                        values (?1, ?2, cast(?3 as uuid), ?4, cast(?5 as text[]), ?6,
                                (select coalesce(max(position), 0) from event), ?7)""")
                .setParameter(1, id).setParameter(2, caller.fingerprint())
                .setParameter(3, caller.scopedPayer().orElse(null)).setParameter(4, url)
                .setParameter(5, SqlValues.textArray(types)).setParameter(6, secret).setParameter(7, now)
                .executeUpdate();
        SubscriptionView view = new SubscriptionView(id, url, types, "ACTIVE", null, now, null);
        audit.write("webhook.subscribe", "webhook-subscription", id, null, view);
        return new SubscriptionView(id, url, types, "ACTIVE", null, now, secret);
    }

    @Transactional
    public SubscriptionList list() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, url, cast(types as text), disabled_at, disabled_reason,"
                        + " created_at from webhook_subscription where owner = ?1 order by created_at")
                .setParameter(1, caller.fingerprint()).getResultList();
        return new SubscriptionList(rows.stream().map(WebhookSubscriptions::viewOf).toList());
    }

    @Transactional
    public SubscriptionView get(UUID id) {
        return own(id).orElseThrow(WebhookSubscriptions::notFound);
    }

    @Transactional
    public void delete(UUID id) {
        SubscriptionView view = own(id).orElseThrow(WebhookSubscriptions::notFound);
        em.createNativeQuery("delete from webhook_subscription where id = ?1").setParameter(1, id).executeUpdate();
        audit.write("webhook.unsubscribe", "webhook-subscription", id, view, null);
    }

    @Transactional
    public DeliveryPage deliveries(UUID id, String limit, String cursor) {
        own(id).orElseThrow(WebhookSubscriptions::notFound);
        int size = Cursor.limit(limit);
        long after = Cursor.decodeNumber(cursor);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select d.id, d.event_id, e.type, d.state, d.attempts, d.last_status, d.last_error,
                               d.next_attempt_at, d.delivered_at
                          from webhook_delivery d join event e on e.id = d.event_id
                         where d.subscription_id = ?1 and d.id > ?2 order by d.id limit ?3""")
                .setParameter(1, id).setParameter(2, after).setParameter(3, size + 1).getResultList();
        List<DeliveryView> items = new ArrayList<>();
        for (Object[] r : rows.subList(0, Math.min(size, rows.size()))) {
            items.add(new DeliveryView(((Number) r[0]).longValue(), (UUID) r[1], (String) r[2], (String) r[3],
                    ((Number) r[4]).intValue(), r[5] == null ? null : ((Number) r[5]).intValue(), (String) r[6],
                    SqlValues.instant(r[7]), r[8] == null ? null : SqlValues.instant(r[8])));
        }
        return new DeliveryPage(items, rows.size() > size ? Cursor.afterNumber(items.get(items.size() - 1).id()) : null);
    }

    /** Queues the subscription's events in a position range again (the same event ids), and re-enables it. */
    @Transactional
    public Replayed replay(UUID id, Replay body) {
        List<FieldError> errors = new ArrayList<>(validation.errorsOf(body));
        if (body != null && body.fromPosition() != null && body.toPosition() != null
                && body.toPosition() < body.fromPosition()) {
            errors.add(new FieldError("/toPosition", "OUT_OF_RANGE", "must not be before fromPosition"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        own(id).orElseThrow(WebhookSubscriptions::notFound);
        Instant now = clock.instant();
        int queued = em.createNativeQuery("""
                        insert into webhook_delivery (subscription_id, event_id, state, next_attempt_at, created_at)
                        select s.id, e.id, 'PENDING', ?2, ?2
                          from webhook_subscription s join event e
                            on e.position between ?3 and ?4 and e.position <= s.after_position
                           and (s.payer_id is null or e.payer_ids @> array[s.payer_id])
                           and (s.types = '{}' or e.type = any(s.types))
                         where s.id = ?1""")
                .setParameter(1, id).setParameter(2, now).setParameter(3, body.fromPosition())
                .setParameter(4, body.toPosition()).executeUpdate();
        em.createNativeQuery("update webhook_subscription set disabled_at = null, disabled_reason = null where id = ?1")
                .setParameter(1, id).executeUpdate();
        audit.write("webhook.replay", "webhook-subscription", id, null, Map.of("from", body.fromPosition(),
                "to", body.toPosition(), "queued", queued));
        return new Replayed(queued);
    }

    private Optional<SubscriptionView> own(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, url, cast(types as text), disabled_at, disabled_reason,"
                        + " created_at from webhook_subscription where id = ?1 and owner = ?2")
                .setParameter(1, id).setParameter(2, caller.fingerprint()).getResultList();
        return rows.stream().findFirst().map(WebhookSubscriptions::viewOf);
    }

    private static SubscriptionView viewOf(Object[] r) {
        String types = ((String) r[2]).replaceAll("[{}]", "");
        return new SubscriptionView((UUID) r[0], (String) r[1], types.isEmpty() ? List.of()
                : Arrays.asList(types.split(",")), r[3] == null ? "ACTIVE" : "DISABLED", (String) r[4],
                SqlValues.instant(r[5]), null);
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("WEBHOOK_SUBSCRIPTION_NOT_FOUND", "the webhook subscription");
    }
}
