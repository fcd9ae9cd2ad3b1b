package id.go.bekasikab.bpu.rules;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/**
 * Prices a contribution month: the tariff in force on its first day, less any discount that month carries
 * (PP 50/2025 applies by contribution month, not by payment date). The benefit basis stays the undiscounted basis.
 */
public final class Pricing {

    private Pricing() {
    }

    public static MonthPrice price(Tariff tariff, List<DiscountWindow> discounts, long declaredIncome,
                                   Set<Programme> programmes, Sector sector, Funding funding, YearMonth month) {
        MonthlyContribution monthly = tariff.monthly(declaredIncome, programmes, month.atDay(1));
        List<PricedLine> lines = monthly.lines().stream().map(line -> {
            int off = discounts.stream()
                    .filter(d -> d.applies(line.programme(), sector, funding, month))
                    .mapToInt(DiscountWindow::basisPoints)
                    .max().orElse(0);
            // what is charged rounds half a rupiah up; the discount is the rest
            long net = Math.floorDiv(line.amount() * (10_000 - off) + 5_000, 10_000);
            return new PricedLine(line.programme(), line.amount(), line.amount() - net, net);
        }).toList();
        return new MonthPrice(month, monthly.incomeBasis(), lines);
    }
}
