package id.go.bekasikab.bpu.rules;

import java.time.LocalDate;

/**
 * A programme's monthly contribution from a date on: a share of the income basis in basis points (100 = 1 %)
 * plus a flat amount in rupiah.
 */
public record ContributionRate(Programme programme, LocalDate validFrom, int basisPoints, long flatAmount) {

    public ContributionRate {
        if (basisPoints < 0 || flatAmount < 0) {
            throw new IllegalArgumentException("rates must not be negative");
        }
    }

    /** Whole rupiah, half a rupiah rounded up. */
    public long amountFor(long incomeBasis) {
        return flatAmount + Math.floorDiv(incomeBasis * basisPoints + 5_000, 10_000);
    }
}
