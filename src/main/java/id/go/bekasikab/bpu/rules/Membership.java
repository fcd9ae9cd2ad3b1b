package id.go.bekasikab.bpu.rules;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Membership standing from what has been paid (bpu-rules.md §2, Permenaker 5/2021): at most 3 months of arrears
 * may be paid; a 4th unpaid month past its due date ends the membership; an ended member restarts with the same
 * NIK by paying from the current month, and older arrears are never billed. No fines, ever.
 */
public final class Membership {

    /** bpu-rules.md §2 [C]. */
    public static final int MAX_ARREARS_MONTHS = 3;

    private Membership() {
    }

    /** The day the membership ends when nothing after {@code paidThrough} is paid. */
    public static LocalDate lapsesOn(YearMonth paidThrough, HolidayCalendar calendar) {
        return DueDates.of(paidThrough.plusMonths(MAX_ARREARS_MONTHS + 1), calendar).plusDays(1);
    }

    /**
     * The status on a day. {@code closedOn} is the day after a death or total disability whose claim was approved:
     * from then on the membership is ended for good, whatever was paid.
     */
    public static MembershipStatus statusOn(LocalDate day, YearMonth paidThrough, LocalDate lapsesOn, LocalDate closedOn) {
        if (closedOn != null && !day.isBefore(closedOn)) {
            return MembershipStatus.ENDED;
        }
        return statusOn(day, paidThrough, lapsesOn);
    }

    public static MembershipStatus statusOn(LocalDate day, YearMonth paidThrough, LocalDate lapsesOn) {
        if (paidThrough == null) {
            return MembershipStatus.PENDING_FIRST_PAYMENT;
        }
        return day.isBefore(lapsesOn) ? MembershipStatus.ACTIVE : MembershipStatus.ENDED;
    }

    /**
     * The first month that may be billed: the month after the last paid one while active; the current month
     * before the first payment (cover cannot be bought backwards) and after a lapse (a restart).
     */
    public static YearMonth billableFrom(MembershipStatus status, YearMonth paidThrough, YearMonth current) {
        return status == MembershipStatus.ACTIVE ? paidThrough.plusMonths(1) : current;
    }

    /**
     * A month's place on a statement. Only an active member can owe arrears: before the first payment, or after a
     * lapse, the current month is payable but nobody is late with it.
     */
    public static MonthStatus monthStatus(YearMonth month, boolean paid, MembershipStatus status, YearMonth registered,
                                          YearMonth billableFrom, YearMonth lastPayable, LocalDate dueDate,
                                          LocalDate today) {
        if (paid) {
            return MonthStatus.PAID;
        }
        if (month.isBefore(registered) || month.isBefore(billableFrom) || month.isAfter(lastPayable)) {
            return MonthStatus.NOT_BILLABLE;
        }
        return status == MembershipStatus.ACTIVE && today.isAfter(dueDate) ? MonthStatus.OVERDUE : MonthStatus.DUE;
    }
}
