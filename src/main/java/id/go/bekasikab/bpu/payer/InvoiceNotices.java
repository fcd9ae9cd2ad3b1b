package id.go.bekasikab.bpu.payer;

import id.go.bekasikab.bpu.payer.PayerApi.Invoice;
import id.go.bekasikab.bpu.platform.Outbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Tells {@code invoice.issued} (issue #13) to each payer that sponsors someone this month, the first time the hourly
 * round runs in the month: the invoice as it stands then (workers enrolled later join the same invoice; read it for
 * the current lines). Once per payer and month, whichever replica runs first (a notice row under a primary key).
 */
@ApplicationScoped
class InvoiceNotices {

    private static final Logger LOG = Logger.getLogger(InvoiceNotices.class);

    private final EntityManager em;
    private final PayerService payers;
    private final InvoiceService invoices;
    private final Outbox outbox;
    private final Clock clock;

    InvoiceNotices(EntityManager em, PayerService payers, InvoiceService invoices, Outbox outbox, Clock clock) {
        this.em = em;
        this.payers = payers;
        this.invoices = invoices;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Scheduled(every = "1h", delayed = "3m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            int told = issue();
            if (told > 0) {
                LOG.infof("told %d payers of their invoice", told);
            }
        } catch (RuntimeException e) {
            LOG.warnf("invoice notices failed: %s", e.getClass().getName());
        }
    }

    /** This month's invoice notices not yet told; returns how many were told. */
    int issue() {
        YearMonth month = YearMonth.now(clock);
        @SuppressWarnings("unchecked")
        List<UUID> sponsoring = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                        select distinct s.payer_id from sponsorship s
                         where s.from_month <= ?1 and (s.to_month is null or s.to_month >= ?1)
                           and not exists (select 1 from invoice_notice n where n.payer_id = s.payer_id and n.month = ?1)""",
                UUID.class).setParameter(1, month.atDay(1)).getResultList());
        int told = 0;
        for (UUID payerId : sponsoring) {
            told += QuarkusTransaction.requiringNew().call(() -> {
                int claimed = em.createNativeQuery("insert into invoice_notice (payer_id, month) values (?1, ?2)"
                                + " on conflict do nothing").setParameter(1, payerId).setParameter(2, month.atDay(1))
                        .executeUpdate();
                if (claimed == 0) {
                    return 0;
                }
                Invoice invoice = invoices.invoice(payers.require(payerId), month);
                outbox.emit("invoice.issued", null, List.of(payerId), Outbox.data("payerId", payerId, "month", month,
                        "lines", invoice.lines(), "total", invoice.total(), "outstanding", invoice.outstanding()));
                return 1;
            });
        }
        return told;
    }
}
