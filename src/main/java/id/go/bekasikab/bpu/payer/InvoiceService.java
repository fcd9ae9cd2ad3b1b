package id.go.bekasikab.bpu.payer;

import id.go.bekasikab.bpu.platform.BusinessMetrics;
import id.go.bekasikab.bpu.contribution.Ledgers;
import id.go.bekasikab.bpu.payer.PayerApi.Invoice;
import id.go.bekasikab.bpu.payer.PayerApi.InvoiceLine;
import id.go.bekasikab.bpu.rules.Ledger;
import id.go.bekasikab.bpu.rules.MonthPrice;
import id.go.bekasikab.bpu.rules.PaidContribution;
import id.go.bekasikab.bpu.rules.PayerMonths;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A payer's invoice for a month: one line per sponsored participant whose month the payer has paid or still owes,
 * as each participant's ledger says ({@link Ledger#payerDue}, {@link Ledger#paidBy}). A regency sponsors up to
 * 100,000 workers, so the ledgers are built in bulk from the months that matter.
 */
@ApplicationScoped
public class InvoiceService {

    private final BusinessMetrics metrics;
    private final EntityManager em;
    private final Ledgers ledgers;
    private final PayerCredit credit;

    InvoiceService(EntityManager em, Ledgers ledgers, PayerCredit credit, BusinessMetrics metrics) {
        this.metrics = metrics;
        this.em = em;
        this.credit = credit;
        this.ledgers = ledgers;
    }

    /**
     * An invoice line with the price it was computed from, for allocation (null when already paid), and the earlier
     * months the payer still owes the same participant, which must be settled first.
     */
    record Priced(InvoiceLine line, MonthPrice price, List<YearMonth> owedBefore) {
    }

    @Transactional
    public Invoice invoice(Payer payer, YearMonth month) {
        List<Priced> lines = lines(payer, List.of(month));
        long total = lines.stream().mapToLong(l -> l.line().amount()).sum();
        long paid = lines.stream().filter(l -> l.line().paid()).mapToLong(l -> l.line().amount()).sum();
        long credit = this.credit.balance(payer.id);
        metrics.invoiceServed();
        return new Invoice(payer.id, month, lines.size(), total, paid, total - paid,
                lines.stream().map(Priced::line).toList(), credit, Math.max(0, total - paid - credit));
    }

    /** The lines of these months in allocation order: month, then membership number. */
    @Transactional(Transactional.TxType.MANDATORY)
    List<Priced> lines(Payer payer, List<YearMonth> months) {
        List<Priced> lines = new ArrayList<>();
        for (YearMonth month : months.stream().distinct().sorted().toList()) {
            List<Object[]> sponsored = sponsoredIn(payer.id, month);
            Map<UUID, Ledger> byId = ledgers.ofIds(sponsored.stream().map(r -> (UUID) r[0]).toList(), month);
            for (Object[] row : sponsored) {
                Ledger ledger = byId.get((UUID) row[0]);
                line(ledger, (UUID) row[0], (String) row[1], (String) row[2], payer.id, month).ifPresent(lines::add);
            }
        }
        return lines;
    }

    /** One participant's line: what the payer paid for the month, or what it still owes. */
    static Optional<Priced> line(Ledger ledger, UUID participantId, String membershipNumber, String regionCode,
                                 UUID payerId, YearMonth month) {
        List<PaidContribution> paid = ledger.paidBy(month, payerId);
        if (!paid.isEmpty()) {
            return Optional.of(new Priced(new InvoiceLine(participantId, membershipNumber, month,
                    paid.stream().map(PaidContribution::programme).sorted().toList(), paid.get(0).incomeBasis(),
                    paid.stream().mapToLong(PaidContribution::gross).sum(),
                    paid.stream().mapToLong(PaidContribution::discount).sum(),
                    paid.stream().mapToLong(PaidContribution::net).sum(), true, paid.get(0).receiptNumber(), regionCode),
                    null, List.of()));
        }
        return ledger.payerDue(month, payerId).map(price -> new Priced(new InvoiceLine(participantId, membershipNumber,
                month, price.lines().stream().map(l -> l.programme()).sorted().toList(), price.incomeBasis(),
                price.gross(), price.discount(), price.net(), false, null, regionCode), price,
                PayerMonths.owedBefore(ledger, month, payerId)));
    }

    /** Participants the payer sponsors in a month, by membership number: id, membership number and village. */
    private List<Object[]> sponsoredIn(UUID payerId, YearMonth month) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select distinct p.id, p.membership_number, p.region_code
                  from sponsorship s join participant p on p.id = s.participant_id
                 where s.payer_id = ?1 and s.from_month <= ?2 and (s.to_month is null or s.to_month >= ?2)
                 order by p.membership_number
                """).setParameter(1, payerId).setParameter(2, month.atDay(1)).getResultList();
        return rows;
    }
}
