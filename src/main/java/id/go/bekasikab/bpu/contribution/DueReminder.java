package id.go.bekasikab.bpu.contribution;

import id.go.bekasikab.bpu.platform.Outbox;
import id.go.bekasikab.bpu.platform.Settings;
import id.go.bekasikab.bpu.rules.Ledger;
import id.go.bekasikab.bpu.rules.MembershipStatus;
import id.go.bekasikab.bpu.rules.MonthPrice;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Tells {@code contribution.due} (issue #13) a few days before this month's due date to active members whose own
 * share of the month is still open, as their ledgers say: once per member and month (a reminder row is written with
 * the event, so a second run here or on another replica tells nothing again).
 */
@ApplicationScoped
class DueReminder {

    private static final Logger LOG = Logger.getLogger(DueReminder.class);
    private static final int BATCH = 1_000;

    private final EntityManager em;
    private final Ledgers ledgers;
    private final Outbox outbox;
    private final Clock clock;
    private final int daysBefore;

    DueReminder(EntityManager em, Ledgers ledgers, Outbox outbox, Clock clock, Settings settings) {
        this.em = em;
        this.ledgers = ledgers;
        this.outbox = outbox;
        this.clock = clock;
        this.daysBefore = settings.contributions().dueNoticeDays();
    }

    @Scheduled(every = "1h", delayed = "2m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            int told = remind();
            if (told > 0) {
                LOG.infof("told %d members their contribution is due", told);
            }
        } catch (RuntimeException e) {
            LOG.warnf("due reminders failed: %s", e.getClass().getName());
        }
    }

    /** Every member whose month is due within the notice days and still open; returns how many were told. */
    int remind() {
        LocalDate today = LocalDate.now(clock);
        LocalDate due = ledgers.dueDate(YearMonth.from(today));
        if (today.isAfter(due) || today.plusDays(daysBefore).isBefore(due)) {
            // outside the notice days nobody is told: no need to build every member's ledger (hourly, at 1M members)
            return 0;
        }
        int told = 0;
        UUID after = new UUID(0, 0);
        while (true) {
            UUID from = after;
            List<UUID> ids = QuarkusTransaction.requiringNew().call(() -> batchAfter(from));
            if (ids.isEmpty()) {
                return told;
            }
            told += QuarkusTransaction.requiringNew().call(() -> remind(ids));
            after = ids.get(ids.size() - 1);
        }
    }

    @SuppressWarnings("unchecked")
    private List<UUID> batchAfter(UUID after) {
        return em.createNativeQuery("""
                select id from participant where closed_on is null and paid_through is not null and id > ?1
                 order by id limit ?2""", UUID.class).setParameter(1, after).setParameter(2, BATCH).getResultList();
    }

    private int remind(List<UUID> ids) {
        LocalDate today = LocalDate.now(clock);
        YearMonth month = YearMonth.from(today);
        int told = 0;
        for (Map.Entry<UUID, Ledger> entry : ledgers.ofIds(ids, month).entrySet()) {
            Ledger ledger = entry.getValue();
            LocalDate due = ledger.dueDate(month);
            if (ledger.status() != MembershipStatus.ACTIVE || today.isAfter(due)
                    || today.plusDays(daysBefore).isBefore(due) || !ledger.ownShareOpen(month)) {
                continue;
            }
            MonthPrice price = ledger.ownPrice(month);
            if (price.net() <= 0) {
                continue;
            }
            int inserted = em.createNativeQuery("""
                            insert into event_reminder (participant_id, kind, cycle) values (?1, 'DUE', ?2)
                            on conflict do nothing""")
                    .setParameter(1, entry.getKey()).setParameter(2, month.atDay(1)).executeUpdate();
            if (inserted == 1) {
                outbox.emit("contribution.due", entry.getKey(), List.of(), Outbox.data("participantId", entry.getKey(),
                        "month", month, "dueDate", due, "amount", price.net()));
                told++;
            }
        }
        return told;
    }
}
