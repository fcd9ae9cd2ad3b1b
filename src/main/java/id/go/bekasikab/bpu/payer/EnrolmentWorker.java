package id.go.bekasikab.bpu.payer;

import id.go.bekasikab.bpu.platform.Settings;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;

/**
 * Runs enrolment jobs. Leases run on the system clock: they time replicas, not business days. A replica claims a queued job, or one whose lease ran out because its holder died, and works
 * through it chunk by chunk, renewing the lease with every chunk. Started right after an upload, and by a poll that
 * also picks up the jobs of a replica that went away.
 */
@ApplicationScoped
public class EnrolmentWorker {

    private static final Logger LOG = Logger.getLogger(EnrolmentWorker.class);
    private static final int ANALYZE_EVERY = 20;

    private final EnrolmentProcessor enrolments;
    private final EntityManager em;
    private final ManagedExecutor executor;
    private final Clock clock;
    private final boolean autostart;
    private final int chunkSize;
    private final Duration lease;
    /** Who holds a lease: unique per process, so a restarted replica is a new owner. */
    private final String owner = "worker-" + UUID.randomUUID();

    EnrolmentWorker(EnrolmentProcessor enrolments, EntityManager em, Clock clock, Settings settings) {
        this.enrolments = enrolments;
        this.em = em;
        // the upload's request context must not follow the job onto the worker thread: it ends with the request,
        // and drain() opens its own (see ReadRouting)
        this.executor = ManagedExecutor.builder().propagated(ThreadContext.NONE).cleared(ThreadContext.ALL_REMAINING)
                .build();
        this.clock = clock;
        this.autostart = settings.enrolment().autostart();
        this.chunkSize = settings.enrolment().chunkSize();
        this.lease = settings.enrolment().lease();
    }

    /** After an upload has committed: start on it now rather than at the next poll. */
    public void submitted() {
        if (autostart) {
            executor.runAsync(this::drain);
        }
    }

    @Scheduled(every = "${bpu.enrolment.poll-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        try {
            drain();
        } catch (RuntimeException e) {
            // the database is away (restarting, say): the next poll tries again; a stack trace every 5 s says nothing
            LOG.warnf("enrolment poll failed: %s", e.getClass().getName());
        }
    }

    /**
     * Claims and finishes jobs until none is left to claim, on executor and scheduler threads; a job that fails ends
     * the round, so it is retried at the next poll, not in a tight loop. The request context is the one Hibernate
     * asks which datasource a session uses ({@code platform.ReadRouting}): the primary, here.
     */
    @ActivateRequestContext
    public void drain() {
        UUID job;
        while ((job = claim()) != null) {
            if (!run(job)) {
                return;
            }
        }
    }

    /** Works through a job this worker holds, until it is finished or the lease was lost; false when it failed. */
    boolean run(UUID job) {
        try {
            int done;
            int chunks = 0;
            do {
                done = QuarkusTransaction.requiringNew().call(() -> enrolments.processChunk(job, owner, chunkSize, lease));
                if (++chunks % ANALYZE_EVERY == 0) {
                    refreshStatistics();
                }
            } while (done > 0);
            return true;
        } catch (RuntimeException e) {
            // give the lease back: the next poll takes the job up again from its first unprocessed row
            LOG.errorf("enrolment job %s stopped: %s", job, e.getClass().getName());
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                            "update enrolment_job set lease_until = null where id = ?1 and lease_owner = ?2")
                    .setParameter(1, job).setParameter(2, owner).executeUpdate());
            return false;
        }
    }

    /**
     * A bulk load outruns autovacuum's statistics: with the planner believing the tables still small, the lookups of
     * each chunk turn into sequential scans. Refreshing them every few chunks keeps every chunk as cheap as the first.
     */
    private void refreshStatistics() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "analyze participant, participant_status_change, sponsorship, sponsored_programme").executeUpdate());
    }

    /**
     * A replica that is stopped gracefully hands back the jobs it holds, so another one's next poll carries on with
     * them instead of waiting for the lease to run out. A chunk still running keeps its row lock until it commits,
     * and its next chunk finds the job no longer this worker's if someone else has claimed it.
     */
    @ActivateRequestContext
    void releaseOnShutdown(@Observes ShutdownEvent event) {
        try {
            int released = release();
            if (released > 0) {
                LOG.infof("handed back %d enrolment job(s) on shutdown", released);
            }
        } catch (RuntimeException e) {
            // the database may be the reason for the stop: the lease runs out on its own
            LOG.warnf("could not hand back enrolment jobs on shutdown: %s", e.getClass().getName());
        }
    }

    int release() {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "update enrolment_job set lease_until = null where lease_owner = ?1 and state = 'RUNNING'")
                .setParameter(1, owner).executeUpdate());
    }

    /** Takes the oldest job that is queued or whose holder's lease has run out. */
    UUID claim() {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<UUID> claimed = em.createNativeQuery("""
                    update enrolment_job set state = 'RUNNING', lease_owner = ?1, lease_until = ?2,
                           started_at = coalesce(started_at, ?4)
                     where id = (select id from enrolment_job
                                  where state in ('QUEUED', 'RUNNING') and (lease_until is null or lease_until < ?3)
                                  order by created_at limit 1 for update skip locked)
                    returning id
                    """, UUID.class)
                    .setParameter(1, owner)
                    .setParameter(2, Timestamp.from(Instant.now().plus(lease)))
                    .setParameter(3, Timestamp.from(Instant.now()))
                    .setParameter(4, Timestamp.from(clock.instant()))
                    .getResultList();
            return claimed.isEmpty() ? null : claimed.get(0);
        });
    }

    /** For tests: the owner name this worker writes into leases. */
    String owner() {
        return owner;
    }
}
