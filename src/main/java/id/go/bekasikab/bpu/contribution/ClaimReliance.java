package id.go.bekasikab.bpu.contribution;

import java.time.YearMonth;
import java.util.Optional;
import java.util.UUID;

/**
 * Whether a claim relies on a participant's months: a reversal must not take back a month a claim's decision read.
 * The claim feature answers it, so contribution does not depend on claims.
 */
public interface ClaimReliance {

    /** The number of a live (not rejected) claim whose event is in {@code from} or later, if there is one. */
    Optional<String> claimRelyingOn(UUID participantId, YearMonth from);
}
