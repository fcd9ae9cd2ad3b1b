package id.go.bekasikab.bpu.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * One contribution month as the ledger sees it. Amounts are what was paid (PAID), what the month costs at the rate
 * of whoever owes each programme (DUE, OVERDUE), or absent (NOT_BILLABLE). {@code ownShare} is what the participant
 * still owes themself; {@code sponsor} names who pays the {@code sponsored} programmes.
 */
public record LedgerMonth(YearMonth month, MonthStatus status, LocalDate dueDate, List<Programme> programmes,
                          Long incomeBasis, Long gross, Long discount, Long net, String receiptNumber, Instant paidAt,
                          Sponsor sponsor, List<Programme> sponsored, Long ownShare) {

    static LedgerMonth of(Ledger ledger, YearMonth month) {
        MonthStatus status = ledger.monthStatus(month);
        LocalDate due = ledger.dueDate(month);
        List<Programme> held = ledger.member().programmes().stream().sorted().toList();
        List<Programme> sponsored = held.stream().filter(p -> ledger.sponsorOf(month, p).isPresent()).toList();
        Sponsor sponsor = sponsored.isEmpty() ? null : ledger.sponsorOf(month, sponsored.get(0)).orElse(null);
        if (status == MonthStatus.PAID) {
            Map<Programme, PaidContribution> lines = ledger.paidIn(month);
            PaidContribution jkk = lines.get(Programme.JKK);
            List<Programme> paid = lines.keySet().stream().sorted().toList();
            return new LedgerMonth(month, status, due, paid, jkk.incomeBasis(),
                    lines.values().stream().mapToLong(PaidContribution::gross).sum(),
                    lines.values().stream().mapToLong(PaidContribution::discount).sum(),
                    lines.values().stream().mapToLong(PaidContribution::net).sum(), jkk.receiptNumber(), jkk.paidAt(),
                    sponsor, sponsored, null);
        }
        if (status == MonthStatus.NOT_BILLABLE) {
            return new LedgerMonth(month, status, due, held, null, null, null, null, null, null, sponsor, sponsored,
                    null);
        }
        MonthPrice price = ledger.fullPrice(month);
        return new LedgerMonth(month, status, due, held, price.incomeBasis(), price.gross(), price.discount(),
                price.net(), null, null, sponsor, sponsored, ledger.ownShareOpen(month) ? ledger.ownPrice(month).net() : 0L);
    }
}
