package id.go.bekasikab.bpu.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** The income-basis table and the programme rates together: everything needed to price a month. */
public record Tariff(IncomeBasisTable incomeBasis, List<ContributionRate> rates) {

    public Tariff {
        rates = List.copyOf(rates);
    }

    public ContributionRate rateOn(Programme programme, LocalDate on) {
        return rates.stream()
                .filter(r -> r.programme() == programme && !r.validFrom().isAfter(on))
                .max(Comparator.comparing(ContributionRate::validFrom))
                .orElseThrow(() -> new NoTariffInForce(on));
    }

    /** The undiscounted monthly contribution for a declared income and programmes, in programme order. */
    public MonthlyContribution monthly(long declaredIncome, Set<Programme> programmes, LocalDate on) {
        long basis = incomeBasis.basisFor(declaredIncome, on);
        List<ContributionLine> lines = programmes.stream()
                .sorted()
                .map(p -> new ContributionLine(p, rateOn(p, on).amountFor(basis)))
                .toList();
        return new MonthlyContribution(basis, lines);
    }
}
