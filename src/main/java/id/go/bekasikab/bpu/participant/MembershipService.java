package id.go.bekasikab.bpu.participant;

import id.go.bekasikab.bpu.platform.Caller;
import id.go.bekasikab.bpu.platform.Outbox;
import id.go.bekasikab.bpu.rules.Closure;
import id.go.bekasikab.bpu.rules.ClosureReason;
import id.go.bekasikab.bpu.rules.MembershipStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A membership's life in the participant's record: the standing the ledger computes after each payment (kept for
 * list queries), the history of activations, lapses and restarts, and closure for good.
 */
@ApplicationScoped
public class MembershipService {

    /** Bpu-rules.md §2: more than 3 consecutive unpaid months end the membership. */
    static final String LAPSED = "ARREARS_OVER_3_MONTHS";
    static final String SYSTEM = "system";

    private final ParticipantRepository participants;
    private final StatusChangeRepository history;
    private final Caller actor;
    private final Clock clock;
    private final Outbox outbox;

    MembershipService(ParticipantRepository participants, StatusChangeRepository history, Caller actor, Clock clock,
                      Outbox outbox) {
        this.outbox = outbox;
        this.participants = participants;
        this.history = history;
        this.actor = actor;
        this.clock = clock;
    }

    /**
     * Records that contributions are now paid through a month. The history shows a lapse that happened since the
     * last payment (at the day it happened) and the activation or restart this payment brings.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordStanding(UUID id, YearMonth paidThrough, LocalDate lapsesOn) {
        Participant p = participants.lockById(id).orElseThrow();
        if (java.util.Objects.equals(p.paidThroughMonth(), paidThrough) && java.util.Objects.equals(p.lapsesOn, lapsesOn)) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        MembershipStatus before = p.statusOn(today);
        if (before == MembershipStatus.ENDED && p.status != MembershipStatus.ENDED) {
            history.persist(StatusChange.of(p.id, p.status, MembershipStatus.ENDED, LAPSED, SYSTEM,
                    p.lapsesOn.atStartOfDay(clock.getZone()).toInstant()));
            p.status = MembershipStatus.ENDED;
        }
        p.paidThrough = paidThrough == null ? null : paidThrough.atDay(1);
        p.lapsesOn = lapsesOn;
        MembershipStatus after = p.statusOn(today);
        if (after != p.status) {
            String reason = p.status == MembershipStatus.ENDED ? "RESTARTED" : "FIRST_PAYMENT";
            history.persist(StatusChange.of(p.id, p.status, after, reason, actor.name(), now));
            p.status = after;
        }
        p.updatedAt = now;
    }

    /**
     * Writes into the history the lapses that happened by today and are not recorded yet. Status is derived, so
     * callers never wait for this; it keeps the history complete. Returns how many were recorded.
     */
    @Transactional
    public int recordLapses(int batch) {
        // one replica at a time; the row locks below would keep the history right anyway
        if (!participants.tryLapseLock()) {
            return 0;
        }
        LocalDate today = LocalDate.now(clock);
        List<Participant> lapsed = participants.lapsedButNotRecorded(today, batch);
        for (Participant p : lapsed) {
            history.persist(StatusChange.of(p.id, p.status, MembershipStatus.ENDED, LAPSED, SYSTEM,
                    p.lapsesOn.atStartOfDay(clock.getZone()).toInstant()));
            p.status = MembershipStatus.ENDED;
        }
        return lapsed.size();
    }

    /**
     * Closes the membership for good after an approved death or total-disability claim (bpu-rules.md §5): no cover
     * after the event's day, ENDED from the day after it (or at once, when approved on that day), no restart.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void close(UUID id, LocalDate eventDate, ClosureReason reason) {
        Participant p = participants.lockById(id).orElseThrow();
        if (p.closedOn != null) {
            return;
        }
        Instant now = clock.instant();
        p.close(Closure.byClaim(eventDate, LocalDate.now(clock), reason), now);
        if (p.status != MembershipStatus.ENDED) {
            history.persist(StatusChange.of(p.id, p.status, MembershipStatus.ENDED, reason.name(), actor.name(), now));
            p.status = MembershipStatus.ENDED;
        }
        outbox.emit("membership.closed", p.id, List.of(), Map.of("participantId", p.id, "reason", reason,
                "eventDate", eventDate, "closedOn", p.closedOn));
    }
}
