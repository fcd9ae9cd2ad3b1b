package id.go.bekasikab.bpu.rules;

/**
 * Scholarship schedule per child and year (PP 82/2019; bpu-rules.md §4 [C]): kindergarten to primary Rp1,500,000 for
 * at most 8 years, junior secondary Rp2,000,000 for 3, senior secondary Rp3,000,000 for 3, higher education
 * Rp12,000,000 for 5: at most Rp87,000,000 a child.
 */
public enum EducationLevel {
    TK_SD(1_500_000, 8), SMP(2_000_000, 3), SMA(3_000_000, 3), HIGHER(12_000_000, 5);

    private final long perYear;
    private final int years;

    EducationLevel(long perYear, int years) {
        this.perYear = perYear;
        this.years = years;
    }

    public long perYear() {
        return perYear;
    }

    /** What this level and every later one can still pay a child who is at this level now. */
    public long remainingEntitlement() {
        long total = 0;
        for (EducationLevel level : values()) {
            if (level.ordinal() >= ordinal()) {
                total += level.perYear * level.years;
            }
        }
        return total;
    }
}
