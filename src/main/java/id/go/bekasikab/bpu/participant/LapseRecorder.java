package id.go.bekasikab.bpu.participant;

import id.go.bekasikab.bpu.platform.BusinessMetrics;
import id.go.bekasikab.bpu.platform.Settings;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Writes lapses into participants' status histories, and tells of memberships about to lapse (membership.lapsing).
 * Status itself is derived from what was paid and the date, so every replica answers the same whether or not this
 * has run; this only keeps the history complete and the reminders timely.
 */
@ApplicationScoped
class LapseRecorder {

    private static final Logger LOG = Logger.getLogger(LapseRecorder.class);
    private static final int BATCH = 500;

    private final BusinessMetrics metrics;
    private final MembershipService participants;
    private final int lapsingNoticeDays;

    LapseRecorder(MembershipService participants, Settings settings, BusinessMetrics metrics) {
        this.metrics = metrics;
        this.participants = participants;
        this.lapsingNoticeDays = settings.lapses().lapsingNoticeDays();
    }

    @Scheduled(every = "${bpu.lapses.record-every:15m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void recordLapses() {
        int recorded;
        int total = 0;
        do {
            recorded = participants.recordLapses(BATCH);
            total += recorded;
            metrics.lapsesRecorded(recorded);
        } while (recorded == BATCH);
        if (total > 0) {
            LOG.infof("recorded %d lapsed memberships", total);
        }
        int reminded;
        do {
            reminded = participants.remindLapsing(lapsingNoticeDays, BATCH);
        } while (reminded == BATCH);
    }
}
