package id.go.bekasikab.bpu.rules;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The order in which a payer settles a participant's months. */
public final class PayerMonths {

    private PayerMonths() {
    }

    /**
     * The earlier months the payer still owes before {@code month}. Settling {@code month} without them would leave a
     * hole that can never be paid: the paid-through month would pass it, and cover is not bought backwards
     * (bpu-rules.md §2, §3). A payer therefore pays its months oldest first, like a member.
     */
    public static List<YearMonth> owedBefore(Ledger ledger, YearMonth month, UUID payerId) {
        List<YearMonth> owed = new ArrayList<>();
        if (ledger.isClosed()) {
            return owed;
        }
        for (YearMonth m = ledger.billableFrom(); m.isBefore(month); m = m.plusMonths(1)) {
            if (ledger.payerDue(m, payerId).isPresent()) {
                owed.add(m);
            }
        }
        return owed;
    }
}
