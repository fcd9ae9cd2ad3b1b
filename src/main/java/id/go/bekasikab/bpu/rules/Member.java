package id.go.bekasikab.bpu.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;

/** What the ledger needs of a participant: when they joined, what they hold and declare, and a closure if any. */
public record Member(LocalDate registeredOn, long declaredIncome, Set<Programme> programmes, Sector sector,
                     Closure closure) {

    public Member {
        programmes = Set.copyOf(programmes);
    }

    public YearMonth registeredMonth() {
        return YearMonth.from(registeredOn);
    }
}
