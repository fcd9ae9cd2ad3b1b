package id.go.bekasikab.bpu.rules;

import java.time.LocalDate;
import java.time.YearMonth;

/** Permenaker 5/2021: the contribution for month M is due by the 15th of M, moved past weekends and holidays. */
public final class DueDates {

    static final int DUE_DAY = 15;

    private DueDates() {
    }

    public static LocalDate of(YearMonth month, HolidayCalendar calendar) {
        return calendar.onOrNextWorkingDay(month.atDay(DUE_DAY));
    }
}
