package id.go.bekasikab.bpu.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Due dates: Permenaker 5/2021, month M due by the 15th of M, moved past weekends and SKB 3 Menteri holidays. */
class CalendarRulesTest {

    static final HolidayCalendar SKB_2026 = new HolidayCalendar(Set.of(
            LocalDate.of(2026, 5, 14), LocalDate.of(2026, 5, 15), // Kenaikan Yesus Kristus + cuti bersama (SKB 1497/2025)
            LocalDate.of(2026, 8, 17),                            // Proklamasi Kemerdekaan
            LocalDate.of(2026, 1, 1)));

    @ParameterizedTest(name = "{0} is due on {1}")
    @CsvSource({
            "2026-01, 2026-01-15", // a Thursday, a working day
            "2026-03, 2026-03-16", // the 15th is a Sunday
            "2026-05, 2026-05-18", // the 15th is cuti bersama (Friday), then a weekend
            "2026-08, 2026-08-18", // the 15th is a Saturday and the 17th Independence Day
            "2026-11, 2026-11-16", // the 15th is a Sunday
    })
    void aDueDateOnAWeekendOrHolidayMovesToTheNextWorkingDay(YearMonth month, LocalDate due) {
        assertEquals(due, DueDates.of(month, SKB_2026));
    }

    @ParameterizedTest(name = "paid through {0}: lapses on {1}")
    @CsvSource({
            // bpu-rules.md §2 [C]: 3 months of arrears may be paid; the 4th unpaid month past its due date ends it
            "2026-01, 2026-05-19", // 2026-05 due 18 May (cuti bersama), lapse the day after
            "2026-04, 2026-08-19", // 2026-08 due 18 August
            "2026-07, 2026-11-17", // 2026-11 due 16 November
    })
    void aMembershipLapsesTheDayAfterTheFourthUnpaidMonthFallsDue(YearMonth paidThrough, LocalDate lapsesOn) {
        assertEquals(lapsesOn, Membership.lapsesOn(paidThrough, SKB_2026));
    }

    @ParameterizedTest(name = "on {0}, paid through {1}, lapsing {2}: {3}")
    @CsvSource(nullValues = "none", value = {
            "2026-05-18, 2026-01, 2026-05-19, ACTIVE",
            "2026-05-19, 2026-01, 2026-05-19, ENDED",
            "2026-05-19, none,    none,       PENDING_FIRST_PAYMENT",
    })
    void statusFollowsFromWhatWasPaidAndTheDate(LocalDate day, YearMonth paidThrough, LocalDate lapsesOn,
                                                MembershipStatus status) {
        assertEquals(status, Membership.statusOn(day, paidThrough, lapsesOn));
    }

    @ParameterizedTest(name = "{0} paid {1}, {2}, registered {3}, billable from {4}, on {6}: {7}")
    @CsvSource({
            "2026-05, true,  ACTIVE,                2026-01, 2026-02, 2027-05, 2026-05-20, PAID",
            "2025-12, false, ACTIVE,                2026-01, 2026-01, 2027-05, 2026-05-20, NOT_BILLABLE", // before registration
            "2026-01, false, ACTIVE,                2026-01, 2026-05, 2027-05, 2026-05-20, NOT_BILLABLE", // before billing began
            "2027-06, false, ACTIVE,                2026-01, 2026-02, 2027-05, 2026-05-20, NOT_BILLABLE", // > 12 months ahead
            "2026-04, false, ACTIVE,                2026-01, 2026-02, 2027-05, 2026-05-20, OVERDUE",
            "2026-05, false, ACTIVE,                2026-01, 2026-02, 2027-05, 2026-05-18, DUE", // on the due date itself
            "2026-05, false, ACTIVE,                2026-01, 2026-02, 2027-05, 2026-05-19, OVERDUE",
            "2026-09, false, ACTIVE,                2026-01, 2026-02, 2027-05, 2026-05-20, DUE", // paid ahead
            "2026-05, false, PENDING_FIRST_PAYMENT, 2026-05, 2026-05, 2027-05, 2026-05-19, DUE", // no member, no arrears
            "2026-05, false, ENDED,                 2026-01, 2026-05, 2027-05, 2026-05-19, DUE", // a restart month
    })
    void monthsAreBilledFromTheFirstPaymentOrRestartAndOnlyAnActiveMemberOwesArrears(
            YearMonth month, boolean paid, MembershipStatus status, YearMonth registered, YearMonth billableFrom,
            YearMonth lastPayable, LocalDate today, MonthStatus expected) {
        assertEquals(expected, Membership.monthStatus(month, paid, status, registered, billableFrom, lastPayable,
                DueDates.of(month, SKB_2026), today));
    }

    @ParameterizedTest(name = "{0} {1} paid through {2} in {3}: billable from {4}")
    @CsvSource(nullValues = "none", value = {
            "ACTIVE,                2026-03, 2026-05, 2026-04", // arrears from the month after the last paid
            "ACTIVE,                2026-09, 2026-05, 2026-10", // paid ahead
            "PENDING_FIRST_PAYMENT, none,    2026-05, 2026-05", // cover cannot be bought backwards
            "ENDED,                 2026-01, 2026-11, 2026-11", // a restart: old arrears are never billed
    })
    void billingStartsAfterTheLastPaidMonthOrAtTheCurrentMonth(MembershipStatus status, YearMonth paidThrough,
                                                               YearMonth current, YearMonth billableFrom) {
        assertEquals(billableFrom, Membership.billableFrom(status, paidThrough, current));
    }
}
