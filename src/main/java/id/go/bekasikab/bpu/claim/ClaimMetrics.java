package id.go.bekasikab.bpu.claim;

import id.go.bekasikab.bpu.rules.ClaimStatus;
import id.go.bekasikab.bpu.rules.Programme;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Claims by programme and status, and open claims past their service-level date (PP 44/2015: decided within the
 * SLA), read from the database every 30 s. Every replica reports the same figures: alert on max, not on sum.
 */
@Startup
@ApplicationScoped
class ClaimMetrics {

    private static final Logger LOG = Logger.getLogger(ClaimMetrics.class);

    private final EntityManager em;
    private final Clock clock;
    private final Map<Programme, Map<ClaimStatus, AtomicLong>> claims = new EnumMap<>(Programme.class);
    private final Map<Programme, AtomicLong> breached = new EnumMap<>(Programme.class);

    ClaimMetrics(MeterRegistry registry, EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
        for (Programme programme : Programme.values()) {
            Map<ClaimStatus, AtomicLong> byStatus = new EnumMap<>(ClaimStatus.class);
            for (ClaimStatus status : ClaimStatus.values()) {
                AtomicLong value = new AtomicLong();
                byStatus.put(status, value);
                Gauge.builder("bpu.claims", value, AtomicLong::get).description("claims by programme and status")
                        .tag("programme", programme.name()).tag("status", status.name()).register(registry);
            }
            claims.put(programme, byStatus);
            AtomicLong late = new AtomicLong();
            breached.put(programme, late);
            Gauge.builder("bpu.claims.sla.breached", late, AtomicLong::get)
                    .description("open claims past their service-level date").tag("programme", programme.name())
                    .register(registry);
        }
    }

    @Scheduled(every = "30s", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        try {
            LocalDate today = LocalDate.now(clock);
            List<String> open = java.util.Arrays.stream(ClaimStatus.values()).filter(ClaimStatus::isOpen)
                    .map(Enum::name).toList();
            @SuppressWarnings("unchecked")
            List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                    select programme, status, count(*),
                           count(*) filter (where sla_due_date < ?1 and status = any(cast(?2 as text[])))
                      from claim group by programme, status""")
                    .setParameter(1, today).setParameter(2, id.go.bekasikab.bpu.platform.SqlValues.textArray(open))
                    .getResultList());
            claims.values().forEach(m -> m.values().forEach(v -> v.set(0)));
            Map<Programme, Long> late = new EnumMap<>(Programme.class);
            for (Object[] r : rows) {
                Programme programme = Programme.valueOf((String) r[0]);
                claims.get(programme).get(ClaimStatus.valueOf((String) r[1])).set(((Number) r[2]).longValue());
                late.merge(programme, ((Number) r[3]).longValue(), Long::sum);
            }
            breached.forEach((programme, value) -> value.set(late.getOrDefault(programme, 0L)));
        } catch (RuntimeException e) {
            LOG.warnf("claim metrics not refreshed: %s", e.getClass().getName());
        }
    }
}
