package id.go.bekasikab.bpu.rules;

import java.util.List;

/** What a participant owes for one month, before any discount. */
public record MonthlyContribution(long incomeBasis, List<ContributionLine> lines) {

    public MonthlyContribution {
        lines = List.copyOf(lines);
    }

    public long total() {
        return lines.stream().mapToLong(ContributionLine::amount).sum();
    }
}
