package id.go.bekasikab.bpu.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** National holidays and collective leave days (SKB 3 Menteri): the days, besides weekends, with no office hours. */
public record HolidayCalendar(Set<LocalDate> holidays) {

    public HolidayCalendar {
        holidays = Set.copyOf(holidays);
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }

    /** The day itself when it is a working day, else the next one. */
    public LocalDate onOrNextWorkingDay(LocalDate day) {
        LocalDate candidate = day;
        while (!isWorkingDay(candidate)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }
}
