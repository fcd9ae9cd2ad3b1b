package id.go.bekasikab.bpu.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * JKK benefits on the income basis in force for the month of the accident (PP 44/2015 as amended by PP 82/2019;
 * bpu-rules.md §4 [C]): medical care as claimed, no ceiling; transport up to its ceiling per mode; temporary
 * incapacity (STMB) 100 % of the basis a month for months 1–12, then 50 %; partial disability percent × 80 × basis;
 * total permanent disability 56 × basis + Rp12,000,000 periodic; death max(48 × basis, Rp20,000,000) + Rp10,000,000
 * funeral + Rp12,000,000 periodic; scholarships for at most 2 children on death or total disability, no minimum
 * period.
 */
public final class JkkBenefits {

    static final int STMB_FULL_MONTHS = 12;
    static final int PARTIAL_FACTOR = 80;
    static final int TOTAL_DISABILITY_FACTOR = 56;
    static final int DEATH_FACTOR = 48;
    static final long DEATH_MINIMUM = 20_000_000;
    static final long FUNERAL = 10_000_000;
    static final long PERIODIC = 12_000_000;

    private JkkBenefits() {
    }

    public static List<Benefit> compute(long basis, JkkClaim claim, LocalDate eventDate) {
        List<Benefit> lines = new ArrayList<>();
        long medical = claim.medical() == null ? 0 : claim.medical().stream().mapToLong(Long::longValue).sum();
        if (medical > 0) {
            lines.add(new Benefit("JKK_MEDICAL", medical, "medical care as claimed, no ceiling"));
        }
        if (claim.transport() != null) {
            for (Map.Entry<TransportMode, Long> t : claim.transport().entrySet()) {
                long paid = Math.min(t.getValue(), t.getKey().ceiling());
                lines.add(new Benefit("JKK_TRANSPORT_" + t.getKey(), paid, t.getKey() + " transport, Rp" + t.getValue()
                        + " claimed, ceiling Rp" + t.getKey().ceiling()));
            }
        }
        switch (claim.outcome()) {
            case TEMPORARY_INCAPACITY -> {
                int full = Math.min(claim.incapacityMonths(), STMB_FULL_MONTHS);
                int half = Math.max(claim.incapacityMonths() - STMB_FULL_MONTHS, 0);
                lines.add(new Benefit("JKK_STMB", full * basis + half * (basis / 2), full + " x 100 % of Rp" + basis
                        + (half > 0 ? " + " + half + " x 50 %" : "")));
            }
            case PARTIAL_DISABILITY -> lines.add(new Benefit("JKK_PARTIAL_DISABILITY",
                    basis * PARTIAL_FACTOR * claim.disabilityPercent() / 100,
                    claim.disabilityPercent() + " % x " + PARTIAL_FACTOR + " x Rp" + basis));
            case TOTAL_PERMANENT_DISABILITY -> {
                lines.add(new Benefit("JKK_TOTAL_DISABILITY", TOTAL_DISABILITY_FACTOR * basis,
                        TOTAL_DISABILITY_FACTOR + " x Rp" + basis + " (70 % x 80)"));
                lines.add(new Benefit("JKK_PERIODIC", PERIODIC, "periodic benefit paid at once"));
                lines.addAll(Scholarship.forChildren(nonNull(claim.children()), eventDate, "JKK_SCHOLARSHIP"));
            }
            case DEATH -> {
                long lump = Math.max(DEATH_FACTOR * basis, DEATH_MINIMUM);
                lines.add(new Benefit("JKK_DEATH", lump, "max(" + DEATH_FACTOR + " x Rp" + basis + ", Rp" + DEATH_MINIMUM
                        + ")"));
                lines.add(new Benefit("JKK_FUNERAL", FUNERAL, "funeral costs"));
                lines.add(new Benefit("JKK_PERIODIC", PERIODIC, "periodic benefit paid at once"));
                lines.addAll(Scholarship.forChildren(nonNull(claim.children()), eventDate, "JKK_SCHOLARSHIP"));
            }
        }
        return lines;
    }

    private static List<Child> nonNull(List<Child> children) {
        return children == null ? List.of() : children;
    }
}
