package id.go.bekasikab.bpu.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The nominal income basis for a declared income (PP 44/2015 Lampiran II), in versions that each take effect on a
 * date. Each version must cover every income from 0 upwards without gaps or overlaps; a broken table is refused
 * when it is loaded, not when a participant happens to fall into the gap.
 */
public final class IncomeBasisTable {

    private final NavigableMap<LocalDate, List<IncomeBand>> versions = new TreeMap<>();

    public IncomeBasisTable(List<IncomeBand> bands) {
        Map<LocalDate, List<IncomeBand>> byDate = bands.stream().collect(Collectors.groupingBy(IncomeBand::validFrom));
        byDate.forEach((validFrom, rows) -> {
            List<IncomeBand> sorted = rows.stream().sorted(Comparator.comparingLong(IncomeBand::incomeFrom)).toList();
            long next = 0;
            for (IncomeBand band : sorted) {
                if (band.incomeFrom() != next) {
                    throw new IllegalArgumentException("income-basis table of " + validFrom
                            + " has a gap or overlap at Rp" + next);
                }
                next = band.incomeTo() == IncomeBand.OPEN ? IncomeBand.OPEN : band.incomeTo() + 1;
            }
            if (next != IncomeBand.OPEN) {
                throw new IllegalArgumentException("income-basis table of " + validFrom + " has no open-ended top band");
            }
            versions.put(validFrom, sorted);
        });
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("the income-basis table is empty");
        }
    }

    /** The basis for a declared income under the table version in force on the given date. */
    public long basisFor(long declaredIncome, LocalDate on) {
        if (declaredIncome < 0) {
            throw new IllegalArgumentException("declared income must not be negative");
        }
        Map.Entry<LocalDate, List<IncomeBand>> version = versions.floorEntry(on);
        if (version == null) {
            throw new NoTariffInForce(on);
        }
        return version.getValue().stream()
                .filter(band -> band.contains(declaredIncome))
                .findFirst()
                .orElseThrow() // unreachable: the constructor proved the bands cover every income
                .basis();
    }
}
