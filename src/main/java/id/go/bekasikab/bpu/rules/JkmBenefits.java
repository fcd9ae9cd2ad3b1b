package id.go.bekasikab.bpu.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * JKM, death not caused by work (PP 44/2015 as amended by PP 82/2019; bpu-rules.md §4 [C]): Rp20,000,000 lump sum,
 * 24 × Rp500,000 periodic benefit paid at once, Rp10,000,000 funeral = Rp42,000,000; scholarships for at most 2
 * children only after at least 36 months of contributions.
 */
public final class JkmBenefits {

    public static final long LUMP_SUM = 20_000_000;
    public static final long PERIODIC_MONTHLY = 500_000;
    public static final int PERIODIC_MONTHS = 24;
    public static final long FUNERAL = 10_000_000;
    public static final int SCHOLARSHIP_MIN_CONTRIBUTION_MONTHS = 36;

    private JkmBenefits() {
    }

    public static List<Benefit> compute(int contributionMonths, List<Child> children, LocalDate eventDate) {
        List<Benefit> lines = new ArrayList<>(List.of(
                new Benefit("JKM_LUMP_SUM", LUMP_SUM, "lump sum"),
                new Benefit("JKM_PERIODIC", PERIODIC_MONTHLY * PERIODIC_MONTHS,
                        PERIODIC_MONTHS + " x Rp" + PERIODIC_MONTHLY + " paid at once"),
                new Benefit("JKM_FUNERAL", FUNERAL, "funeral costs")));
        if (contributionMonths >= SCHOLARSHIP_MIN_CONTRIBUTION_MONTHS) {
            lines.addAll(Scholarship.forChildren(children, eventDate, "JKM_SCHOLARSHIP"));
        }
        return lines;
    }
}
