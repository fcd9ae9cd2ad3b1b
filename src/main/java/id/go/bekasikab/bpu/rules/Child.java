package id.go.bekasikab.bpu.rules;

import java.time.LocalDate;

/** A participant's child, for the scholarship benefit. */
public record Child(String fullName, LocalDate birthDate, EducationLevel educationLevel, boolean married,
                    boolean working) {

    /** Under 23, unmarried and not working on the day (bpu-rules.md §4 [C]). */
    public boolean entitledOn(LocalDate day) {
        return !married && !working && birthDate.plusYears(23).isAfter(day);
    }
}
