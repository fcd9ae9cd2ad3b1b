package id.go.bekasikab.bpu.rules;

import java.util.EnumSet;
import java.util.Set;

/**
 * A claim's workflow: SUBMITTED ⇄ DOCUMENTS_INCOMPLETE, SUBMITTED → UNDER_VERIFICATION → APPROVED → PAID, and
 * REJECTED from any state before PAID. Verification may also find documents missing.
 */
public enum ClaimStatus {
    SUBMITTED, DOCUMENTS_INCOMPLETE, UNDER_VERIFICATION, APPROVED, PAID, REJECTED;

    public Set<ClaimStatus> next() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(DOCUMENTS_INCOMPLETE, UNDER_VERIFICATION, REJECTED);
            case DOCUMENTS_INCOMPLETE -> EnumSet.of(SUBMITTED, REJECTED);
            case UNDER_VERIFICATION -> EnumSet.of(DOCUMENTS_INCOMPLETE, APPROVED, REJECTED);
            case APPROVED -> EnumSet.of(PAID, REJECTED);
            case PAID, REJECTED -> EnumSet.noneOf(ClaimStatus.class);
        };
    }

    public boolean canMoveTo(ClaimStatus to) {
        return next().contains(to);
    }

    public boolean isOpen() {
        return this != PAID && this != REJECTED;
    }
}
