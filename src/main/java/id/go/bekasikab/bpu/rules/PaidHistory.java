package id.go.bekasikab.bpu.rules;

import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/** A participant's paid lines by month, as claims read them (a view of the ledger's facts). */
public final class PaidHistory {

    private final NavigableMap<YearMonth, Map<Programme, PaidContribution>> paid;

    PaidHistory(NavigableMap<YearMonth, Map<Programme, PaidContribution>> paid) {
        this.paid = Collections.unmodifiableNavigableMap(paid);
    }

    /** How many months of a programme were paid up to and including a month. */
    public int paidMonths(Programme programme, YearMonth upTo) {
        return (int) paid.headMap(upTo, true).values().stream().filter(l -> l.containsKey(programme)).count();
    }

    /** The undiscounted income basis a month was paid on (benefits use it), if it was paid. */
    public Optional<Long> paidBasis(YearMonth month) {
        return Optional.ofNullable(paid.get(month)).flatMap(l -> l.values().stream().findFirst())
                .map(PaidContribution::incomeBasis);
    }

    /** A programme's contributions by month (JHT: the balance's deposits, PP 46/2015 art. 22). */
    public TreeMap<YearMonth, Long> contributions(Programme programme) {
        TreeMap<YearMonth, Long> result = new TreeMap<>();
        paid.forEach((month, lines) -> Optional.ofNullable(lines.get(programme))
                .ifPresent(l -> result.merge(month, l.net(), Long::sum)));
        return result;
    }

    /** Contributions paid for months after {@code month}, one refund per month and payment (bpu-rules.md §5). */
    public List<Refund> paidAfter(YearMonth month) {
        Map<String, Refund> refunds = new LinkedHashMap<>();
        paid.tailMap(month, false).forEach((m, lines) -> lines.values().forEach(l -> refunds.merge(
                m + "/" + l.paymentId(), new Refund(m, l.net(), l.payerId(), l.receiptNumber()),
                (a, b) -> new Refund(m, a.amount() + b.amount(), a.payerId(), a.receiptNumber()))));
        return List.copyOf(refunds.values());
    }
}
