package id.go.bekasikab.bpu.rules;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whether a claim can be paid, by its event date (bpu-rules.md §5): JKK and JKM need the participant protected on
 * that day and the membership not ended before it; a JKK claim right expires 5 years after the accident or
 * diagnosis; only the participant claims for themself, and heirs claim in the order of PP 44/2015 art. 37(5).
 */
public final class ClaimEligibility {

    /** PP 44/2015: the JKK claim right expires 5 years after the accident or the diagnosis [C]. */
    public static final Period JKK_CLAIM_RIGHT = Period.ofYears(5);

    private ClaimEligibility() {
    }

    /**
     * @param claimant the claimant's relationship, or null when the participant claims for themself
     * @param heirs    the heirs the participant registered
     */
    public static List<ClaimRejection> check(Programme programme, boolean protectedOnEvent, boolean endedBeforeEvent,
                                             LocalDate eventDate, LocalDate claimedOn, boolean death,
                                             HeirRelationship claimant, Set<HeirRelationship> heirs) {
        List<ClaimRejection> reasons = new ArrayList<>();
        if (endedBeforeEvent) {
            reasons.add(ClaimRejection.MEMBERSHIP_ENDED);
        } else if (programme != Programme.JHT && !protectedOnEvent) {
            reasons.add(ClaimRejection.EVENT_OUTSIDE_PROTECTION);
        }
        if (programme == Programme.JKK && claimedOn.isAfter(eventDate.plus(JKK_CLAIM_RIGHT))) {
            reasons.add(ClaimRejection.CLAIM_EXPIRED);
        }
        if (!claimantEntitled(death, claimant, heirs)) {
            reasons.add(ClaimRejection.HEIR_NOT_ENTITLED);
        }
        return reasons;
    }

    /**
     * After a death, an heir of the first class present claims: a claimant whose class is not after that of every
     * registered heir (a spouse who was never registered still comes first). Otherwise only the participant.
     */
    public static boolean claimantEntitled(boolean death, HeirRelationship claimant, Set<HeirRelationship> heirs) {
        if (!death) {
            return claimant == null;
        }
        if (claimant == null) {
            return false;
        }
        int first = heirs.stream().mapToInt(HeirRelationship::rank).min().orElse(Integer.MAX_VALUE);
        return claimant.rank() <= first;
    }
}
