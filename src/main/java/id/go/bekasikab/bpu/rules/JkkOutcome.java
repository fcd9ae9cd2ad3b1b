package id.go.bekasikab.bpu.rules;

public enum JkkOutcome {
    TEMPORARY_INCAPACITY, PARTIAL_DISABILITY, TOTAL_PERMANENT_DISABILITY, DEATH;

    /** Death and total permanent disability end the membership when the claim is approved (bpu-rules.md §5). */
    public boolean endsMembership() {
        return this == DEATH || this == TOTAL_PERMANENT_DISABILITY;
    }
}
