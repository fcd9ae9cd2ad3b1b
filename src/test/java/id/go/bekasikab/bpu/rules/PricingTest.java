package id.go.bekasikab.bpu.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PP 50/2025: JKK and JKM at 50 % by contribution month; JHT never; APBN/APBD-funded participants excluded. */
class PricingTest {

    static final List<DiscountWindow> PP_50_2025 = List.of(
            new DiscountWindow(Sector.TRANSPORT, YearMonth.of(2026, 1), YearMonth.of(2027, 3), 5_000,
                    Set.of(Programme.JKK, Programme.JKM), Set.of(Funding.APBD, Funding.APBN), "PP 50/2025"),
            new DiscountWindow(Sector.GENERAL, YearMonth.of(2026, 4), YearMonth.of(2026, 12), 5_000,
                    Set.of(Programme.JKK, Programme.JKM), Set.of(Funding.APBD, Funding.APBN), "PP 50/2025"));

    @ParameterizedTest(name = "{0} {1} {2} {3} Rp{4}: {5} - {6} = {7}")
    @CsvSource({
            // bpu-rules.md §2 [C]: minimum JKK+JKM Rp16,800, discounted Rp8,400
            "GENERAL,   SELF, 2026-05, JKK JKM,     1000000,  16800,  8400,   8400",
            "GENERAL,   SELF, 2026-03, JKK JKM,     1000000,  16800,  0,      16800", // general starts April 2026
            "GENERAL,   SELF, 2026-04, JKK JKM,     1000000,  16800,  8400,   8400",
            "GENERAL,   SELF, 2026-12, JKK JKM,     1000000,  16800,  8400,   8400",
            "GENERAL,   SELF, 2027-01, JKK JKM,     1000000,  16800,  0,      16800",
            "TRANSPORT, SELF, 2025-12, JKK JKM,     1000000,  16800,  0,      16800",
            "TRANSPORT, SELF, 2026-01, JKK JKM,     1000000,  16800,  8400,   8400",  // transport starts January 2026
            "TRANSPORT, SELF, 2027-03, JKK JKM,     1000000,  16800,  8400,   8400",  // and ends March 2027
            "TRANSPORT, SELF, 2027-04, JKK JKM,     1000000,  16800,  0,      16800",
            "GENERAL,   APBD, 2026-05, JKK JKM,     1000000,  16800,  0,      16800", // APBD-funded: excluded
            "TRANSPORT, APBN, 2026-05, JKK JKM,     1000000,  16800,  0,      16800", // APBN-funded: excluded
            "GENERAL,   OTHER,2026-05, JKK JKM,     1000000,  16800,  8400,   8400",  // a wadah or donor: discounted
            "GENERAL,   SELF, 2026-05, JKK JKM JHT, 1000000,  36800,  8400,   28400", // JHT is never discounted
            "GENERAL,   SELF, 2027-05, JKK JKM JHT, 1000000,  36800,  0,      36800", // bpu-rules.md §2: Rp36,800
            "TRANSPORT, SELF, 2026-06, JKK JKM,     20700000, 213800, 106900, 106900", // top basis: Rp213,800
            "TRANSPORT, SELF, 2026-06, JKK JKM JHT, 20700000, 627800, 106900, 520900", // top basis: Rp627,800
            "GENERAL,   SELF, 2026-05, JKK JKM,     1150000,  17800,  8900,   8900",  // basis Rp1,100,000
    })
    void theDiscountDependsOnSectorFundingAndContributionMonth(Sector sector, Funding funding, YearMonth month,
                                                               String programmes, long declared, long gross,
                                                               long discount, long net) {
        EnumSet<Programme> chosen = EnumSet.noneOf(Programme.class);
        for (String p : programmes.split(" ")) {
            chosen.add(Programme.valueOf(p));
        }
        MonthPrice price = Pricing.price(TariffTest.tariff(), PP_50_2025, declared, chosen, sector, funding, month);
        assertEquals(gross, price.gross());
        assertEquals(discount, price.discount());
        assertEquals(net, price.net());
    }

    @ParameterizedTest
    @CsvSource({"2026-05, 1000000", "2027-05, 1000000"})
    void theBenefitBasisStaysUndiscounted(YearMonth month, long basis) {
        // PP 50/2025: benefits are not reduced, so the basis on a discounted month is the full basis
        assertEquals(basis, Pricing.price(TariffTest.tariff(), PP_50_2025, 1_000_000,
                EnumSet.of(Programme.JKK, Programme.JKM), Sector.GENERAL, Funding.SELF, month).incomeBasis());
    }
}
