package id.go.bekasikab.bpu.rules;

/** Why a membership was closed for good (bpu-rules.md §5; UU 27/2022 for erasure). */
public enum ClosureReason {
    DECEASED,
    TOTAL_DISABILITY,
    /** The person withdrew consent and their data was pseudonymised. */
    ERASED;

    /** The claims that close a membership: a death, or a total permanent disability (bpu-rules.md §5). */
    public static java.util.Optional<ClosureReason> ofClaim(Programme programme, JkkOutcome jkkOutcome) {
        if (programme == Programme.JKM || (programme == Programme.JKK && jkkOutcome == JkkOutcome.DEATH)) {
            return java.util.Optional.of(DECEASED);
        }
        if (programme == Programme.JKK && jkkOutcome == JkkOutcome.TOTAL_PERMANENT_DISABILITY) {
            return java.util.Optional.of(TOTAL_DISABILITY);
        }
        return java.util.Optional.empty();
    }
}
