package id.go.bekasikab.bpu.rules;

import java.time.LocalDate;

/**
 * A membership closed for good. {@code lastCoveredDay} is the event's day (a death or total disability is covered on
 * the day it happens); {@code endedOn} the first day the membership reads ENDED: the day after the event, or the day
 * the closing claim was approved when that is the event's day itself.
 */
public record Closure(LocalDate lastCoveredDay, LocalDate endedOn, ClosureReason reason) {

    public Closure {
        if (endedOn.isAfter(lastCoveredDay.plusDays(1))) {
            throw new IllegalArgumentException("a membership ends at the latest the day after its last covered day");
        }
    }

    /** A closing claim for an event on {@code eventDate}, approved on {@code decidedOn}. */
    public static Closure byClaim(LocalDate eventDate, LocalDate decidedOn, ClosureReason reason) {
        LocalDate dayAfter = eventDate.plusDays(1);
        return new Closure(eventDate, decidedOn.isBefore(dayAfter) ? decidedOn : dayAfter, reason);
    }

    /** Erasure closes the membership on its day; cover ends the day before. */
    public static Closure byErasure(LocalDate day) {
        return new Closure(day.minusDays(1), day, ClosureReason.ERASED);
    }
}
