package id.go.bekasikab.bpu.rules;

/** Where a contribution month stands on a statement. */
public enum MonthStatus {
    PAID,
    /** Payable and not yet past its due date (this month, or a month paid ahead). */
    DUE,
    /** Payable arrears: past its due date, within the 3-month window. */
    OVERDUE,
    /** Never billed: before registration, before the first payment or a restart, or too far ahead. */
    NOT_BILLABLE
}
