package id.go.bekasikab.bpu.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * When a paid month protects (bpu-rules.md §5 [U], the conservative reading): the first payment, and the first after
 * a restart, covers from its payment date; a month paid after its due date covers only from its payment date, so
 * paying after an accident never buys cover for it; a month paid on time that continues a paid month covers whole.
 */
public final class Coverage {

    private Coverage() {
    }

    /**
     * The first protected day of a paid month, or empty when the payment came too late to protect any of it.
     *
     * @param previousMonthPaidOn when the month before was paid, if it was
     */
    public static Optional<LocalDate> coverFrom(YearMonth month, LocalDate paidOn, Optional<LocalDate> previousMonthPaidOn,
                                                LocalDate dueDate) {
        LocalDate start;
        if (paidOn.isAfter(dueDate)) {
            start = paidOn;
        } else if (previousMonthPaidOn.isEmpty() || previousMonthPaidOn.get().isAfter(paidOn)) {
            start = paidOn.isAfter(month.atDay(1)) ? paidOn : month.atDay(1);
        } else {
            start = month.atDay(1);
        }
        return start.isAfter(month.atEndOfMonth()) ? Optional.empty() : Optional.of(start);
    }
}
