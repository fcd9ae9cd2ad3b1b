package id.go.bekasikab.bpu.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Scholarships for at most 2 entitled children, each the first year's amount of their current level. */
public final class Scholarship {

    static final int MAX_CHILDREN = 2;

    private Scholarship() {
    }

    public static List<Benefit> forChildren(List<Child> children, LocalDate eventDate, String code) {
        List<Benefit> lines = new ArrayList<>();
        for (Child child : children) {
            if (lines.size() == MAX_CHILDREN) {
                break;
            }
            if (child.entitledOn(eventDate)) {
                EducationLevel level = child.educationLevel();
                lines.add(new Benefit(code, level.perYear(), "scholarship for " + child.fullName() + ", " + level
                        + " Rp" + level.perYear() + " a year; up to Rp" + level.remainingEntitlement()
                        + " over the remaining levels, paid yearly"));
            }
        }
        return lines;
    }
}
