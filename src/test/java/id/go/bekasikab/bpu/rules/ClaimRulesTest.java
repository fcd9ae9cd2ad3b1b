package id.go.bekasikab.bpu.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Claim eligibility, heirs, service levels and JHT: bpu-rules.md §4–5, PP 44/2015, PP 46/2015. */
class ClaimRulesTest {

    static final LocalDate ACCIDENT = LocalDate.of(2020, 3, 14);

    @ParameterizedTest(name = "{0}: protected {1}, ended before {2}, claimed {3}: {4}")
    @CsvSource(nullValues = "none", value = {
            "JKK, true,  false, 2020-03-16, none",
            "JKK, false, false, 2020-03-16, EVENT_OUTSIDE_PROTECTION", // an accident in an unpaid month
            "JKK, true,  true,  2020-03-16, MEMBERSHIP_ENDED",
            "JKK, true,  false, 2025-03-14, none",                     // 5 years to the day: still in time
            "JKK, true,  false, 2025-03-15, CLAIM_EXPIRED",            // 5 years and 1 day: expired (PP 44/2015)
            "JKM, true,  false, 2031-01-01, none",                     // JKM has no claim deadline
    })
    void eligibilityIsDecidedByTheEventDate(Programme programme, boolean protectedOnEvent, boolean ended,
                                            LocalDate claimedOn, ClaimRejection reason) {
        List<ClaimRejection> reasons = ClaimEligibility.check(programme, protectedOnEvent, ended, ACCIDENT, claimedOn,
                false, null, Set.of());
        assertEquals(reason == null ? List.of() : List.of(reason), reasons);
    }

    @ParameterizedTest(name = "death {0}, claimant {1}, registered {2}: entitled {3}")
    @CsvSource(nullValues = "none", value = {
            // PP 44/2015 art. 37(5): spouse or children first, then blood relatives to the 2nd degree, siblings,
            // parents-in-law, a person named in a will
            "true,  SPOUSE,        CHILD,          true",
            "true,  PARENT,        SPOUSE CHILD,   false",
            "true,  PARENT,        PARENT SIBLING, true",
            "true,  SIBLING,       PARENT SIBLING, false",
            "true,  SPOUSE,        PARENT,         true",  // a spouse never registered still comes first
            "true,  TESTAMENTARY,  none,           true",
            "true,  none,          CHILD,          false", // the participant cannot claim their own death
            "false, none,          CHILD,          true",  // an injured participant claims for themself
            "false, SPOUSE,        SPOUSE,         false",
    })
    void heirsClaimInTheOrderOfTheRegulation(boolean death, HeirRelationship claimant, String registered,
                                             boolean entitled) {
        Set<HeirRelationship> heirs = registered == null ? Set.of() : Arrays.stream(registered.split(" "))
                .map(HeirRelationship::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(HeirRelationship.class)));
        assertEquals(entitled, ClaimEligibility.claimantEntitled(death, claimant, heirs));
    }

    @ParameterizedTest(name = "{0} complete on {1}: pay by {2}")
    @CsvSource({
            "JKM, 2026-05-08, 2026-05-13", // Friday + 3 working days (bpu-rules.md §5)
            "JKM, 2026-05-12, 2026-05-19", // across Ascension and its cuti bersama (SKB 1497/2025)
            "JKK, 2026-05-08, 2026-05-21", // 7 working days, skipping 14 and 15 May
    })
    void serviceLevelsCountWorkingDays(Programme programme, LocalDate complete, LocalDate due) {
        assertEquals(due, ServiceLevels.dueDate(programme, complete, CalendarRulesTest.SKB_2026));
    }

    @Test
    void aLateJkkPaymentOwesOnePercentADay() {
        assertEquals(2_100_000, ServiceLevels.lateJkkCompensation(70_000_000, LocalDate.of(2026, 5, 20),
                LocalDate.of(2026, 5, 23)));
        assertEquals(0, ServiceLevels.lateJkkCompensation(70_000_000, LocalDate.of(2026, 5, 20),
                LocalDate.of(2026, 5, 20)));
    }

    @Test
    void theJhtBalanceCreditsTheReturnMonthly() {
        Map<YearMonth, Long> contributions = Map.of(YearMonth.of(2026, 1), 20_000L, YearMonth.of(2026, 2), 20_000L,
                YearMonth.of(2026, 3), 20_000L);
        // 6 % a year: 20,000 -> 20,100 -> 40,100 + 200 = 40,300 -> 60,300 + 301 = 60,601
        assertEquals(60_601, Jht.balance(contributions, 600, YearMonth.of(2026, 4)));
        assertEquals(40_300, Jht.balance(contributions, 600, YearMonth.of(2026, 3)));
    }

    @Test
    void aClaimsBalanceKeepsTheEventMonthsContribution() {
        // PP 46/2015 art. 22: every contribution received, plus returns; March's return is not yet credited
        Map<YearMonth, Long> contributions = Map.of(YearMonth.of(2026, 1), 20_000L, YearMonth.of(2026, 2), 20_000L,
                YearMonth.of(2026, 3), 20_000L);
        assertEquals(60_300, Jht.balanceOnClaim(contributions, 600, YearMonth.of(2026, 3)));
        assertEquals(20_000, Jht.balanceOnClaim(Map.of(YearMonth.of(2026, 3), 20_000L), 600, YearMonth.of(2026, 3)));
        assertEquals(0, Jht.balanceOnClaim(Map.of(), 600, YearMonth.of(2026, 3)));
    }

    @ParameterizedTest(name = "{0}, born {1}, on {2}, {3} months, partial before {4}: {5}")
    @CsvSource(nullValues = "none", value = {
            "AGE_56,          1970-05-01, 2026-05-01, 60,  false, none",
            "AGE_56,          1970-05-02, 2026-05-01, 60,  false, JHT_NOT_PAYABLE_YET",
            "PARTIAL_HOUSING, 1980-01-01, 2026-05-01, 120, false, none",
            "PARTIAL_HOUSING, 1980-01-01, 2026-05-01, 119, false, JHT_PARTIAL_NOT_ALLOWED",
            "PARTIAL_OTHER,   1980-01-01, 2026-05-01, 150, true,  JHT_PARTIAL_NOT_ALLOWED",
            "STOPPED_WORKING, 1980-01-01, 2026-05-01, 5,   false, none",
    })
    void jhtIsPaidAt56OnDeathDisabilityOrStoppingWorkAndPartlyOnceAfterTenYears(
            JhtReason reason, LocalDate born, LocalDate event, int months, boolean partialBefore, ClaimRejection refusal) {
        assertEquals(Optional.ofNullable(refusal), Jht.refusal(reason, born, event, months, partialBefore));
    }

    @ParameterizedTest(name = "{0} of Rp{1}: Rp{2}")
    @CsvSource({"PARTIAL_HOUSING, 10000000, 3000000", "PARTIAL_OTHER, 10000000, 1000000", "AGE_56, 10000000, 10000000"})
    void partialWithdrawalsAreThirtyOrTenPercent(JhtReason reason, long balance, long paid) {
        assertEquals(paid, Jht.payout(reason, balance).get(0).amount());
    }
}
