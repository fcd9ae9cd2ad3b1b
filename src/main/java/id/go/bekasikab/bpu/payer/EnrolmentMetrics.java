package id.go.bekasikab.bpu.payer;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/** How long the oldest bulk enrolment that has not finished has been waiting or running (0 when none). */
@Startup
@ApplicationScoped
class EnrolmentMetrics {

    private static final Logger LOG = Logger.getLogger(EnrolmentMetrics.class);

    private final EntityManager em;
    private final AtomicLong oldest = new AtomicLong();

    EnrolmentMetrics(MeterRegistry registry, EntityManager em) {
        this.em = em;
        Gauge.builder("bpu.enrolment.oldest.unfinished.seconds", oldest, AtomicLong::get)
                .description("age of the oldest queued or running enrolment job").register(registry);
    }

    @Scheduled(every = "30s", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        try {
            oldest.set(((Number) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                    select coalesce(extract(epoch from now() - min(created_at)), 0) from enrolment_job
                     where state in ('QUEUED', 'RUNNING')""").getSingleResult())).longValue());
        } catch (RuntimeException e) {
            LOG.warnf("enrolment metrics not refreshed: %s", e.getClass().getName());
        }
    }
}
