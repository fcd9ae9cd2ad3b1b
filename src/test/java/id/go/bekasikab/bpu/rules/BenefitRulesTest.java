package id.go.bekasikab.bpu.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Benefit amounts: PP 44/2015 as amended by PP 82/2019; bpu-rules.md §4. */
class BenefitRulesTest {

    static final LocalDate EVENT = LocalDate.of(2026, 3, 14);
    static final List<Child> TWO_AT_SCHOOL_ONE_GROWN = List.of(
            new Child("Rina", LocalDate.of(2014, 5, 1), EducationLevel.TK_SD, false, false),
            new Child("Dodi", LocalDate.of(2010, 2, 1), EducationLevel.SMP, false, false),
            new Child("Sari", LocalDate.of(2008, 7, 1), EducationLevel.SMA, false, false));

    @Test
    void jkmPaysRp42MillionWithoutScholarshipsBefore36Months() {
        // bpu-rules.md §4 [C]: 20,000,000 + 24 x 500,000 + 10,000,000
        List<Benefit> lines = JkmBenefits.compute(35, TWO_AT_SCHOOL_ONE_GROWN, EVENT);
        assertEquals(List.of("JKM_LUMP_SUM", "JKM_PERIODIC", "JKM_FUNERAL"), lines.stream().map(Benefit::code).toList());
        assertEquals(42_000_000, total(lines));
    }

    @Test
    void jkmAddsScholarshipsForTwoChildrenFrom36Months() {
        List<Benefit> lines = JkmBenefits.compute(36, TWO_AT_SCHOOL_ONE_GROWN, EVENT);
        assertEquals(2, lines.stream().filter(l -> l.code().equals("JKM_SCHOLARSHIP")).count());
        assertEquals(42_000_000 + 1_500_000 + 2_000_000, total(lines)); // TK-SD and SMP, first year each
    }

    @ParameterizedTest(name = "{0}, born {1}, married {2}, working {3}: entitled {4}")
    @CsvSource({
            "Rina, 2004-03-15, false, false, true",  // 22 on the event day
            "Rina, 2003-03-14, false, false, false", // 23 that day
            "Rina, 2010-01-01, true,  false, false",
            "Rina, 2010-01-01, false, true,  false",
    })
    void aChildIsEntitledUnder23UnmarriedAndNotWorking(String name, LocalDate born, boolean married, boolean working,
                                                       boolean entitled) {
        assertEquals(entitled, new Child(name, born, EducationLevel.HIGHER, married, working).entitledOn(EVENT));
    }

    @Test
    void aChildCanReceiveAtMost87MillionOverEveryLevel() {
        assertEquals(87_000_000, EducationLevel.TK_SD.remainingEntitlement()); // 8x1.5 + 3x2 + 3x3 + 5x12 million
    }

    @ParameterizedTest(name = "JKK {0} at basis Rp{1}: Rp{2}")
    @CsvSource({
            // bpu-rules.md §4 worked example [C]: an ojol driver at the minimum package dies on the way to work
            "DEATH,                      1000000, 70000000",  // 48,000,000 + 10,000,000 + 12,000,000
            "DEATH,                      3000000, 166000000", // 144,000,000 + 22,000,000
            "DEATH,                      300000,  42000000",  // the Rp20,000,000 minimum lump sum
            "TOTAL_PERMANENT_DISABILITY, 1000000, 68000000",  // 56,000,000 + 12,000,000
    })
    void jkkDeathAndTotalDisability(JkkOutcome outcome, long basis, long total) {
        JkkClaim claim = new JkkClaim(AccidentKind.COMMUTING, outcome, 0, 0, Map.of(), List.of(), List.of());
        assertEquals(total, total(JkkBenefits.compute(basis, claim, EVENT)));
    }

    @ParameterizedTest(name = "STMB for {0} months at basis Rp{1}: Rp{2}")
    @CsvSource({
            "14, 2000000, 26000000", // 12 x 2,000,000 + 2 x 1,000,000
            "12, 2000000, 24000000",
            "1,  1000000, 1000000",
    })
    void temporaryIncapacityPaysFullBasisForTwelveMonthsThenHalf(int months, long basis, long total) {
        JkkClaim claim = new JkkClaim(AccidentKind.AT_WORK, JkkOutcome.TEMPORARY_INCAPACITY, months, 0, Map.of(),
                List.of(), List.of());
        assertEquals(total, total(JkkBenefits.compute(basis, claim, EVENT)));
    }

    @Test
    void partialDisabilityIsThePercentageOf80TimesTheBasis() {
        JkkClaim claim = new JkkClaim(AccidentKind.AT_WORK, JkkOutcome.PARTIAL_DISABILITY, 0, 10, Map.of(), List.of(),
                List.of());
        assertEquals(8_000_000, total(JkkBenefits.compute(1_000_000, claim, EVENT))); // 10 % x 80 x 1,000,000
    }

    @Test
    void transportIsCappedPerModeAndMedicalCareIsNot() {
        JkkClaim claim = new JkkClaim(AccidentKind.AT_WORK, JkkOutcome.TEMPORARY_INCAPACITY, 0, 0,
                Map.of(TransportMode.LAND, 7_500_000L, TransportMode.SEA, 1_000_000L, TransportMode.AIR, 15_000_000L),
                List.of(40_000_000L, 85_250_000L), List.of());
        List<Benefit> lines = JkkBenefits.compute(1_000_000, claim, EVENT);
        assertEquals(5_000_000 + 1_000_000 + 10_000_000, lines.stream().filter(l -> l.code().startsWith("JKK_TRANSPORT"))
                .mapToLong(Benefit::amount).sum());
        assertEquals(125_250_000, lines.stream().filter(l -> l.code().equals("JKK_MEDICAL")).mapToLong(Benefit::amount).sum());
    }

    @Test
    void jkkScholarshipsNeedNoMinimumPeriod() {
        JkkClaim claim = new JkkClaim(AccidentKind.COMMUTING, JkkOutcome.DEATH, 0, 0, Map.of(), List.of(),
                TWO_AT_SCHOOL_ONE_GROWN);
        assertEquals(70_000_000 + 3_500_000, total(JkkBenefits.compute(1_000_000, claim, EVENT)));
    }

    static long total(List<Benefit> lines) {
        return lines.stream().mapToLong(Benefit::amount).sum();
    }
}
