package id.go.bekasikab.bpu.rules;

import java.time.YearMonth;
import java.util.Set;

/**
 * A contribution discount by contribution month (not payment date), e.g. PP 50/2025: JKK and JKM at 50 % for the
 * transport sector from 2026-01 to 2027-03. Basis points are the share taken off (5000 = 50 %).
 */
public record DiscountWindow(Sector sector, YearMonth from, YearMonth to, int basisPoints, Set<Programme> programmes,
                             Set<Funding> excludedFunding, String source) {

    public DiscountWindow {
        if (to.isBefore(from) || basisPoints < 1 || basisPoints > 10_000) {
            throw new IllegalArgumentException("invalid discount window " + from + ".." + to);
        }
        programmes = Set.copyOf(programmes);
        excludedFunding = Set.copyOf(excludedFunding);
    }

    boolean applies(Programme programme, Sector sector, Funding funding, YearMonth month) {
        return this.sector == sector && programmes.contains(programme) && !excludedFunding.contains(funding)
                && !month.isBefore(from) && !month.isAfter(to);
    }
}
