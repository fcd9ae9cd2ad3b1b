package id.go.bekasikab.bpu.rules;

/** Why a day is not protected. */
public enum NotCovered {
    BEFORE_REGISTRATION,
    PENDING_FIRST_PAYMENT,
    /** The month is paid, but the payment came after the day (bpu-rules.md §5 [U]). */
    COVER_NOT_STARTED,
    MONTH_NOT_PAID,
    /** Lapsed: more than 3 months unpaid (bpu-rules.md §2). */
    MEMBERSHIP_ENDED,
    /** Closed for good by a death, a total disability or an erasure (bpu-rules.md §5). */
    MEMBERSHIP_CLOSED
}
