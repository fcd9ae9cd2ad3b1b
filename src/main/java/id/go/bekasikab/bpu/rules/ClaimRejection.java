package id.go.bekasikab.bpu.rules;

/** Why a claim is not (or no longer) eligible; the name is the reason code the API reports. */
public enum ClaimRejection {
    EVENT_OUTSIDE_PROTECTION, MEMBERSHIP_ENDED, NOT_A_WORK_ACCIDENT, CLAIM_EXPIRED, HEIR_NOT_ENTITLED,
    DOCUMENTS_INVALID, PROGRAMME_NOT_HELD, JHT_NOT_PAYABLE_YET, JHT_PARTIAL_NOT_ALLOWED
}
