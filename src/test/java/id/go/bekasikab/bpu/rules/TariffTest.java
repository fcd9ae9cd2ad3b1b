package id.go.bekasikab.bpu.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Contribution amounts for BPU participants: PP 44/2015 (JKK, JKM), PP 46/2015 (JHT), bpu-rules.md §2. */
class TariffTest {

    static final LocalDate FROM = LocalDate.of(2015, 7, 1);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    /** The provisional Lampiran II rule as the V1 migration seeds it: Rp100,000 bands, clamped to 1.0–20.7 million. */
    static IncomeBasisTable provisionalTable() {
        List<IncomeBand> bands = new ArrayList<>();
        bands.add(new IncomeBand(FROM, 0, 1_099_999, 1_000_000));
        for (long b = 1_100_000; b <= 20_600_000; b += 100_000) {
            bands.add(new IncomeBand(FROM, b, b + 99_999, b));
        }
        bands.add(new IncomeBand(FROM, 20_700_000, IncomeBand.OPEN, 20_700_000));
        return new IncomeBasisTable(bands);
    }

    static Tariff tariff() {
        return new Tariff(provisionalTable(), List.of(
                new ContributionRate(Programme.JKK, FROM, 100, 0),
                new ContributionRate(Programme.JKM, FROM, 0, 6_800),
                new ContributionRate(Programme.JHT, FROM, 200, 0)));
    }

    @ParameterizedTest(name = "declared Rp{0} -> basis Rp{1}")
    @CsvSource({
            "0,          1000000",  // bpu-rules.md §2: lowest basis Rp1,000,000 [C]
            "500000,     1000000",
            "1000000,    1000000",
            "1099999,    1000000",  // bpu-rules.md §2: up to Rp1,099,999 maps to Rp1,000,000 [C]
            "1100000,    1100000",  // provisional Rp100,000 bands [U]
            "2550000,    2500000",
            "20699999,   20600000",
            "20700000,   20700000", // bpu-rules.md §2: highest basis Rp20,700,000 [C]
            "999999999,  20700000",
    })
    void declaredIncomeMapsToTheNominalBasis(long declared, long basis) {
        assertEquals(basis, provisionalTable().basisFor(declared, TODAY));
    }

    @ParameterizedTest(name = "basis Rp{0}, {1}: JKK {2} + JKM {3} + JHT {4} = {5}")
    @CsvSource({
            // PP 44/2015 Lampiran II; bpu-rules.md §2 worked figures [C]
            "1000000,  JKK JKM,     10000,  6800, 0,      16800",
            "1000000,  JKK JKM JHT, 10000,  6800, 20000,  36800",
            "20700000, JKK JKM,     207000, 6800, 0,      213800",
            "20700000, JKK JKM JHT, 207000, 6800, 414000, 627800",
            "2500000,  JKK JKM JHT, 25000,  6800, 50000,  81800",
    })
    void monthlyContributionIsOnePercentJkkFlatJkmAndTwoPercentJht(long declared, String programmes, long jkk, long jkm,
                                                                   long jht, long total) {
        EnumSet<Programme> chosen = EnumSet.noneOf(Programme.class);
        for (String p : programmes.split(" ")) {
            chosen.add(Programme.valueOf(p));
        }
        MonthlyContribution monthly = tariff().monthly(declared, chosen, TODAY);
        assertEquals(jkk, amountOf(monthly, Programme.JKK));
        assertEquals(jkm, amountOf(monthly, Programme.JKM));
        assertEquals(jht, amountOf(monthly, Programme.JHT));
        assertEquals(total, monthly.total());
    }

    @Test
    void aLaterRateVersionAppliesFromItsDateOnly() {
        LocalDate change = LocalDate.of(2027, 1, 1);
        Tariff tariff = new Tariff(provisionalTable(), List.of(
                new ContributionRate(Programme.JKK, FROM, 100, 0),
                new ContributionRate(Programme.JKM, FROM, 0, 6_800),
                new ContributionRate(Programme.JKM, change, 0, 7_000)));
        assertEquals(6_800, tariff.rateOn(Programme.JKM, change.minusDays(1)).amountFor(1_000_000));
        assertEquals(7_000, tariff.rateOn(Programme.JKM, change).amountFor(1_000_000));
    }

    @Test
    void aLaterIncomeTableVersionAppliesFromItsDateOnly() {
        LocalDate change = LocalDate.of(2027, 1, 1);
        List<IncomeBand> bands = new ArrayList<>();
        bands.add(new IncomeBand(FROM, 0, IncomeBand.OPEN, 1_000_000));
        bands.add(new IncomeBand(change, 0, 1_999_999, 1_000_000));
        bands.add(new IncomeBand(change, 2_000_000, IncomeBand.OPEN, 2_000_000));
        IncomeBasisTable table = new IncomeBasisTable(bands);
        assertEquals(1_000_000, table.basisFor(5_000_000, change.minusDays(1)));
        assertEquals(2_000_000, table.basisFor(5_000_000, change));
    }

    @Test
    void aTableWithAGapOrNoTopBandIsRefusedWhenLoaded() {
        assertThrows(IllegalArgumentException.class, () -> new IncomeBasisTable(List.of(
                new IncomeBand(FROM, 0, 999_999, 1_000_000),
                new IncomeBand(FROM, 1_100_000, IncomeBand.OPEN, 1_100_000))));
        assertThrows(IllegalArgumentException.class, () -> new IncomeBasisTable(List.of(
                new IncomeBand(FROM, 0, 999_999, 1_000_000))));
        assertThrows(IllegalArgumentException.class, () -> new IncomeBasisTable(List.of()));
    }

    @Test
    void noTariffBeforeTheFirstVersion() {
        assertThrows(NoTariffInForce.class, () -> provisionalTable().basisFor(1, FROM.minusDays(1)));
        assertThrows(NoTariffInForce.class, () -> tariff().rateOn(Programme.JKK, FROM.minusDays(1)));
    }

    @ParameterizedTest(name = "{0} bp of {1} = {2}")
    @CsvSource({"100, 1050050, 10501", "100, 1050049, 10500", "200, 25, 1", "200, 24, 0", "200, 25000, 500"})
    void percentagesRoundHalfARupiahUp(int basisPoints, long basis, long amount) {
        assertEquals(amount, new ContributionRate(Programme.JKK, FROM, basisPoints, 0).amountFor(basis));
    }

    private static long amountOf(MonthlyContribution monthly, Programme programme) {
        return monthly.lines().stream().filter(l -> l.programme() == programme)
                .mapToLong(ContributionLine::amount).sum();
    }
}
