package id.go.bekasikab.bpu.event;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * How the outbox keeps up (issue #13), for dashboards and alerts: events not yet sequenced, deliveries waiting or
 * given up, and the age of the oldest undelivered event. Read from the database every 15 s, not on each scrape.
 */
@Startup
@ApplicationScoped
class EventMetrics {

    private static final Logger LOG = Logger.getLogger(EventMetrics.class);

    private final EntityManager em;
    private final AtomicLong unsequenced = new AtomicLong();
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong oldestPendingSeconds = new AtomicLong();

    EventMetrics(MeterRegistry registry, EntityManager em) {
        this.em = em;
        Gauge.builder("bpu.events.unsequenced", unsequenced, AtomicLong::get)
                .description("events committed but not yet given a feed position").register(registry);
        Gauge.builder("bpu.webhooks.deliveries", pending, AtomicLong::get).tag("state", "pending")
                .description("webhook deliveries waiting to be sent or retried").register(registry);
        Gauge.builder("bpu.webhooks.deliveries", failed, AtomicLong::get).tag("state", "failed")
                .description("webhook deliveries given up after 24 hours").register(registry);
        Gauge.builder("bpu.webhooks.oldest.undelivered.seconds", oldestPendingSeconds, AtomicLong::get)
                .description("age of the oldest event still waiting for a delivery").register(registry);
    }

    @Scheduled(every = "15s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        try {
            Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery("""
                    select (select count(*) from event where position is null),
                           (select count(*) from webhook_delivery where state = 'PENDING'),
                           (select count(*) from webhook_delivery where state = 'FAILED'),
                           (select coalesce(extract(epoch from now() - min(e.occurred_at)), 0)
                              from webhook_delivery d join event e on e.id = d.event_id where d.state = 'PENDING')
                    """).getSingleResult());
            unsequenced.set(((Number) row[0]).longValue());
            pending.set(((Number) row[1]).longValue());
            failed.set(((Number) row[2]).longValue());
            oldestPendingSeconds.set(((Number) row[3]).longValue());
        } catch (RuntimeException e) {
            LOG.warnf("event metrics not refreshed: %s", e.getClass().getName());
        }
    }
}
