package id.go.bekasikab.bpu.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * JHT old-age savings (PP 46/2015; bpu-rules.md §4 [C]): the balance is the contributions plus a return credited at
 * the end of each month at an annual rate (at least the state banks' 12-month deposit rate, so a configured figure);
 * paid out whole at 56, on death, total disability or stopping work; once, after at least 10 years of membership,
 * up to 30 % for housing or 10 % for anything else.
 */
public final class Jht {

    public static final int PAYOUT_AGE = 56;
    public static final int PARTIAL_MIN_MONTHS = 120;

    private Jht() {
    }

    /** The balance at the start of {@code asOf}: contributions of earlier months with their monthly returns. */
    public static long balance(Map<YearMonth, Long> contributions, int annualReturnBasisPoints, YearMonth asOf) {
        TreeMap<YearMonth, Long> byMonth = new TreeMap<>(contributions);
        if (byMonth.isEmpty()) {
            return 0;
        }
        long balance = 0;
        for (YearMonth m = byMonth.firstKey(); m.isBefore(asOf); m = m.plusMonths(1)) {
            balance += byMonth.getOrDefault(m, 0L);
            balance += balance * annualReturnBasisPoints / 10_000 / 12;
        }
        return balance;
    }

    /**
     * The balance a claim for an event in {@code eventMonth} pays from (PP 46/2015 art. 22: every contribution
     * received plus returns): the balance at the start of the event month, plus that month's contribution when it was
     * received — its return is credited at the month's end, which the claim comes before. Contributions already
     * received for later months stay for after the payout: a JHT payout does not end the membership.
     */
    public static long balanceOnClaim(Map<YearMonth, Long> contributions, int annualReturnBasisPoints,
                                      YearMonth eventMonth) {
        return balance(contributions, annualReturnBasisPoints, eventMonth) + contributions.getOrDefault(eventMonth, 0L);
    }

    /** The payout, or why there is none. */
    public static Optional<ClaimRejection> refusal(JhtReason reason, LocalDate birthDate, LocalDate eventDate,
                                                   int membershipMonths, boolean partialTakenBefore) {
        return switch (reason) {
            case AGE_56 -> birthDate.plusYears(PAYOUT_AGE).isAfter(eventDate)
                    ? Optional.of(ClaimRejection.JHT_NOT_PAYABLE_YET) : Optional.empty();
            case PARTIAL_HOUSING, PARTIAL_OTHER -> membershipMonths < PARTIAL_MIN_MONTHS || partialTakenBefore
                    ? Optional.of(ClaimRejection.JHT_PARTIAL_NOT_ALLOWED) : Optional.empty();
            default -> Optional.empty();
        };
    }

    public static List<Benefit> payout(JhtReason reason, long balance) {
        return switch (reason) {
            case PARTIAL_HOUSING -> List.of(new Benefit("JHT_PARTIAL", balance * 30 / 100, "30 % of Rp" + balance
                    + " for housing"));
            case PARTIAL_OTHER -> List.of(new Benefit("JHT_PARTIAL", balance * 10 / 100, "10 % of Rp" + balance));
            default -> List.of(new Benefit("JHT_BALANCE", balance, "the whole balance, contributions and returns"));
        };
    }
}
