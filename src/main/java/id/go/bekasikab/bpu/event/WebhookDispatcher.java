package id.go.bekasikab.bpu.event;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookSigningException;
import id.go.bekasikab.bpu.platform.Settings;
import id.go.bekasikab.bpu.platform.SqlValues;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.Logger;

/**
 * Sends webhooks (issue #13): fans new events out to the subscriptions that may see them, then posts each due
 * delivery, signed to the Standard Webhooks specification with its library (webhook-id = the event id,
 * webhook-timestamp, webhook-signature). A delivery is claimed with a short lease before the call, so a replica that
 * dies mid-send leaves it to be sent again — at least once. A failure is retried with exponential backoff and
 * jitter; one still failing after giveUpAfter is given up and its subscription disabled with the reason. A claimed
 * batch is posted at once, so deliveries are not in feed order (the body carries the position). Any number of
 * replicas may run this: rows are claimed with SKIP LOCKED.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final int FAN_OUT_BATCH = 5_000;
    private static final int SEND_BATCH = 100;
    private static final Duration LEASE = Duration.ofMinutes(1);

    private final EntityManager em;
    private final EventFeed feed;
    private final WebhookTargets targets;
    private final Settings.Webhooks settings;
    private final HttpClient http;

    private record Due(long id, UUID subscriptionId, String url, String secret, UUID eventId, String body,
                       int attempts, Instant firstAttempt) {
    }

    WebhookDispatcher(EntityManager em, EventFeed feed, WebhookTargets targets, Settings settings) {
        this.em = em;
        this.feed = feed;
        this.targets = targets;
        this.settings = settings.webhooks();
        this.http = HttpClient.newBuilder().connectTimeout(this.settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Scheduled(every = "${bpu.webhooks.dispatch-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatch() {
        try {
            drain();
        } catch (RuntimeException e) {
            LOG.warnf("webhook dispatch failed: %s", e.getClass().getName());
        }
    }

    /** One round: sequence, fan out, send what is due. Returns how many deliveries were attempted. */
    public int drain() {
        feed.sequence();
        while (fanOut() > 0) {
            // until every subscription has caught up
        }
        int attempted = 0;
        // what was due when the round began: a retry scheduled during it waits for a later round
        Instant round = Instant.now();
        List<Due> due;
        while (!(due = claim(round)).isEmpty()) {
            sendAll(due);
            attempted += due.size();
        }
        return attempted;
    }

    /**
     * Queues deliveries of the events each active subscription has not had yet, and moves its cursor on; returns how
     * many subscriptions moved (0: all have caught up).
     */
    private int fanOut() {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> subscriptions = em.createNativeQuery("""
                    select id, after_position from webhook_subscription
                     where disabled_at is null and after_position < (select coalesce(max(position), 0) from event)
                     for update skip locked""").getResultList();
            int moved = 0;
            for (Object[] s : subscriptions) {
                Object[] upTo = (Object[]) em.createNativeQuery("""
                                with batch as (select position from event where position > ?1 order by position limit ?2)
                                select coalesce(max(position), ?1), count(*) from batch""")
                        .setParameter(1, ((Number) s[1]).longValue()).setParameter(2, FAN_OUT_BATCH).getSingleResult();
                long last = ((Number) upTo[0]).longValue();
                em.createNativeQuery("""
                                insert into webhook_delivery (subscription_id, event_id, state, next_attempt_at, created_at)
                                select s.id, e.id, 'PENDING', now(), now()
                                  from webhook_subscription s join event e on e.position > s.after_position
                                   and e.position <= ?2
                                   and (s.payer_id is null or e.payer_ids @> array[s.payer_id])
                                   and (s.types = '{}' or e.type = any(s.types))
                                 where s.id = ?1""")
                        .setParameter(1, s[0]).setParameter(2, last).executeUpdate();
                em.createNativeQuery("update webhook_subscription set after_position = ?2 where id = ?1")
                        .setParameter(1, s[0]).setParameter(2, last).executeUpdate();
                moved += ((Number) upTo[1]).intValue() > 0 ? 1 : 0;
            }
            return moved;
        });
    }

    /** Takes due deliveries for this replica: their next attempt moves a lease ahead, so no one else sends them. */
    private List<Due> claim(Instant round) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                            with due as (select id from webhook_delivery
                                          where state = 'PENDING' and next_attempt_at <= ?3
                                          order by next_attempt_at limit ?1 for update skip locked)
                            update webhook_delivery d set next_attempt_at = now() + cast(?2 as interval),
                                   first_attempt_at = coalesce(d.first_attempt_at, now())
                              from due, webhook_subscription s, event e
                             where d.id = due.id and s.id = d.subscription_id and e.id = d.event_id
                            returning d.id, s.id, s.url, s.secret, e.id, d.attempts, d.first_attempt_at,
                                      json_build_object('id', e.id, 'position', e.position, 'type', e.type,
                                                        'version', e.version, 'occurredAt', e.occurred_at,
                                                        'participantId', e.participant_id, 'data', e.data)::text""")
                    .setParameter(1, SEND_BATCH).setParameter(2, LEASE.toSeconds() + " seconds").setParameter(3, round)
                    .getResultList();
            return rows.stream().map(r -> new Due(((Number) r[0]).longValue(), (UUID) r[1], (String) r[2],
                    (String) r[3], (UUID) r[4], (String) r[7], ((Number) r[5]).intValue(),
                    SqlValues.instant(r[6]))).toList();
        });
    }

    private record Result(Due due, Integer status, String error) {
    }

    /** A claimed batch, posted all at once; the outcomes recorded together. */
    private void sendAll(List<Due> batch) {
        List<CompletableFuture<Result>> sent = batch.stream().map(this::send).toList();
        record(sent.stream().map(CompletableFuture::join).toList());
    }

    private CompletableFuture<Result> send(Due due) {
        Optional<String> refusal = targets.refusal(due.url());
        if (refusal.isPresent()) {
            return CompletableFuture.completedFuture(new Result(due, null, "target refused: " + refusal.get()));
        }
        try {
            long timestamp = Instant.now().getEpochSecond();
            String signature = new Webhook(due.secret()).sign(due.eventId().toString(), timestamp, due.body());
            HttpRequest request = HttpRequest.newBuilder(URI.create(due.url()))
                    .timeout(settings.timeout()).header("Content-Type", "application/json")
                    .header("webhook-id", due.eventId().toString())
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", signature)
                    .POST(HttpRequest.BodyPublishers.ofString(due.body())).build();
            return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                    .handle((response, failure) -> failure == null ? new Result(due, response.statusCode(), null)
                            : new Result(due, null, rootOf(failure).getClass().getSimpleName()));
        } catch (IllegalArgumentException | WebhookSigningException e) {
            return CompletableFuture.completedFuture(new Result(due, null, e.getClass().getSimpleName()));
        }
    }

    private static Throwable rootOf(Throwable failure) {
        return failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
    }

    private void record(List<Result> results) {
        Instant now = Instant.now();
        QuarkusTransaction.requiringNew().run(() -> {
            for (Result result : results) {
                Due due = result.due();
                boolean delivered = result.status() != null && result.status() >= 200 && result.status() < 300;
                boolean givenUp = !delivered && due.firstAttempt() != null
                        && due.firstAttempt().plus(settings.giveUpAfter()).isBefore(now);
                int attempts = due.attempts() + 1;
                em.createNativeQuery("""
                                update webhook_delivery set state = ?2, attempts = ?3, last_status = cast(?4 as integer),
                                       last_error = cast(?5 as varchar), next_attempt_at = ?6,
                                       delivered_at = case when ?2 = 'DELIVERED' then now() end
                                 where id = ?1""")
                        .setParameter(1, due.id())
                        .setParameter(2, delivered ? "DELIVERED" : givenUp ? "FAILED" : "PENDING")
                        .setParameter(3, attempts).setParameter(4, result.status()).setParameter(5, result.error())
                        .setParameter(6, now.plus(backoff(attempts))).executeUpdate();
                if (givenUp) {
                    em.createNativeQuery("""
                                    update webhook_subscription set disabled_at = now(), disabled_reason = ?2
                                     where id = ?1 and disabled_at is null""")
                            .setParameter(1, due.subscriptionId())
                            .setParameter(2, "deliveries failed for " + settings.giveUpAfter().toHours() + " h (last: "
                                    + (result.status() != null ? "HTTP " + result.status() : result.error()) + ")")
                            .executeUpdate();
                }
            }
        });
    }

    /** firstRetry × 2^(attempts-1), at most maxRetryInterval, plus up to 20 % jitter so failures do not march. */
    private Duration backoff(int attempts) {
        Duration base = settings.firstRetry().multipliedBy(1L << Math.min(attempts - 1, 20));
        if (base.compareTo(settings.maxRetryInterval()) > 0 || base.isNegative()) {
            base = settings.maxRetryInterval();
        }
        long jitter = base.toMillis() <= 0 ? 0 : ThreadLocalRandom.current().nextLong(base.toMillis() / 5 + 1);
        return base.plusMillis(jitter);
    }
}
