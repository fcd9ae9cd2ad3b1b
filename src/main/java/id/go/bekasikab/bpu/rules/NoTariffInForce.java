package id.go.bekasikab.bpu.rules;

import java.time.LocalDate;

/** A contribution or a benefit was asked for a day before the first tariff in the reference data. */
public final class NoTariffInForce extends RuntimeException {

    private final LocalDate day;

    public NoTariffInForce(LocalDate day) {
        super("no tariff in force on " + day, null, false, false);
        this.day = day;
    }

    public LocalDate day() {
        return day;
    }
}
