package id.go.bekasikab.bpu.rules;

/** Why months cannot be paid by the participant; the codes reach the API's problem {@code code}. */
public enum PaymentRefusal {
    MEMBERSHIP_CLOSED,
    MONTH_ALREADY_PAID,
    MONTH_SPONSORED,
    MONTH_BEFORE_REGISTRATION,
    TOO_FAR_AHEAD,
    ARREARS_BEYOND_3_MONTHS,
    MONTH_NOT_BILLABLE,
    NOT_OLDEST_OPEN_MONTHS
}
