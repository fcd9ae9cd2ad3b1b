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
        LocalDate lapsedOn = null;
        YearMonth paidBeforeLapse = null;
        String change = null;
        if (before == MembershipStatus.ENDED && p.status != MembershipStatus.ENDED) {
            history.persist(StatusChange.of(p.id, p.status, MembershipStatus.ENDED, LAPSED, SYSTEM,
                    p.lapsesOn.atStartOfDay(clock.getZone()).toInstant()));
            p.status = MembershipStatus.ENDED;
            lapsedOn = p.lapsesOn;
            paidBeforeLapse = p.paidThroughMonth();
        }
        p.paidThrough = paidThrough == null ? null : paidThrough.atDay(1);
        p.lapsesOn = lapsesOn;
        MembershipStatus after = p.statusOn(today);
        if (after != p.status) {
            String reason = p.status == MembershipStatus.ENDED ? "RESTARTED" : "FIRST_PAYMENT";
            history.persist(StatusChange.of(p.id, p.status, after, reason, actor.name(), now));
            change = reason.equals("RESTARTED") ? "membership.restarted" : "membership.activated";
            p.status = after;
        }
        p.updatedAt = now;
        // told after every change to the row: the outbox's insert flushes it, and one flush is one version (ETag)
        if (lapsedOn != null) {
            lapsed(p.id, lapsedOn, paidBeforeLapse);
        }
        if (change != null) {
            outbox.emit(change, p.id, List.of(), Outbox.data("participantId", p.id, "status", p.status,
                    "paidThrough", paidThrough));
        }
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
            lapsed(p.id, p.lapsesOn, p.paidThroughMonth());
        }
        return lapsed.size();
    }

    /**
     * Tells {@code membership.lapsing} for memberships that lapse within {@code daysBefore} days, once per lapse date
     * (a reminder row is written with the event: a second run, here or on another replica, tells nothing again).
     * Returns how many were told.
     */
    @Transactional
    public int remindLapsing(int daysBefore, int batch) {
        LocalDate today = LocalDate.now(clock);
        @SuppressWarnings("unchecked")
        List<Object[]> due = participants.getEntityManager().createNativeQuery("""
                        with due as (select p.id, p.lapses_on from participant p
                                      where p.closed_on is null and p.paid_through is not null
                                        and p.lapses_on > ?1 and p.lapses_on <= ?2
                                        and not exists (select 1 from event_reminder r where r.participant_id = p.id
                                                         and r.kind = 'LAPSING' and r.cycle = p.lapses_on)
                                      order by p.lapses_on, p.id limit ?3)
                        insert into event_reminder (participant_id, kind, cycle)
                        select id, 'LAPSING', lapses_on from due on conflict do nothing
                        returning participant_id, cycle""")
                .setParameter(1, today).setParameter(2, today.plusDays(daysBefore)).setParameter(3, batch)
                .getResultList();
        for (Object[] row : due) {
            LocalDate lapsesOn = id.go.bekasikab.bpu.platform.SqlValues.localDate(row[1]);
            outbox.emit("membership.lapsing", (UUID) row[0], List.of(), Outbox.data("participantId", row[0],
                    "lapsesOn", lapsesOn, "daysLeft", java.time.temporal.ChronoUnit.DAYS.between(today, lapsesOn)));
        }
        return due.size();
    }

    /** Told once per lapse: the history records it once, at the next payment or the lapse recorder's round. */
    private void lapsed(UUID id, LocalDate lapsedOn, YearMonth paidThrough) {
        outbox.emit("membership.lapsed", id, List.of(), Outbox.data("participantId", id, "lapsedOn", lapsedOn,
                "paidThrough", paidThrough));
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
