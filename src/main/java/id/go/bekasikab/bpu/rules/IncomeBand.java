package id.go.bekasikab.bpu.rules;

import java.time.LocalDate;

/** One row of the income-basis table: declared incomes in [incomeFrom, incomeTo] map to basis. */
public record IncomeBand(LocalDate validFrom, long incomeFrom, long incomeTo, long basis) {

    /** The upper bound of an open-ended top band. */
    public static final long OPEN = Long.MAX_VALUE;

    public IncomeBand {
        if (incomeFrom < 0 || incomeTo < incomeFrom || basis <= 0) {
            throw new IllegalArgumentException("invalid income band " + incomeFrom + ".." + incomeTo + " -> " + basis);
        }
    }

    boolean contains(long income) {
        return income >= incomeFrom && income <= incomeTo;
    }
}
