package id.go.bekasikab.bpu.rules;

import java.time.YearMonth;
import java.util.List;

/** What one contribution month costs, line by line. */
public record MonthPrice(YearMonth month, long incomeBasis, List<PricedLine> lines) {

    public MonthPrice {
        lines = List.copyOf(lines);
    }

    public long gross() {
        return lines.stream().mapToLong(PricedLine::gross).sum();
    }

    public long discount() {
        return lines.stream().mapToLong(PricedLine::discount).sum();
    }

    public long net() {
        return lines.stream().mapToLong(PricedLine::net).sum();
    }
}
