package id.go.bekasikab.bpu.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How fast a claim must be paid once its documents are complete (bpu-rules.md §5): JKK within 7 working days, late
 * payment owing the participant 1 % of the benefit for each day late; JKM within 3 working days. JHT has no stated
 * level; 5 working days is this service's own target.
 */
public final class ServiceLevels {

    private ServiceLevels() {
    }

    public static int workingDays(Programme programme) {
        return switch (programme) {
            case JKK -> 7;
            case JKM -> 3;
            default -> 5;
        };
    }

    /** The last day to pay: that many working days after the day the documents were complete. */
    public static LocalDate dueDate(Programme programme, LocalDate documentsComplete, HolidayCalendar calendar) {
        LocalDate day = documentsComplete;
        for (int left = workingDays(programme); left > 0; ) {
            day = day.plusDays(1);
            if (calendar.isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** JKK only: 1 % of the benefit for each calendar day the payment came after its due date. */
    public static long lateJkkCompensation(long benefit, LocalDate due, LocalDate paidOn) {
        long daysLate = Math.max(0, ChronoUnit.DAYS.between(due, paidOn));
        return benefit * daysLate / 100;
    }
}
