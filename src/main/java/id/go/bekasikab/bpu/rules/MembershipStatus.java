package id.go.bekasikab.bpu.rules;

public enum MembershipStatus {
    /** Registered; protection starts only once the first contribution is paid (bpu-rules.md §3). */
    PENDING_FIRST_PAYMENT,
    ACTIVE,
    /** More than 3 consecutive unpaid months ("berakhir"); restarts with the same NIK by paying. */
    ENDED
}
