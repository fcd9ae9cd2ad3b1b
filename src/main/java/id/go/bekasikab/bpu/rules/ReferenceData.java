package id.go.bekasikab.bpu.rules;

import java.util.List;

/** Everything that prices and dates a contribution, as loaded from the versioned reference tables. */
public record ReferenceData(Tariff tariff, List<DiscountWindow> discounts, HolidayCalendar holidays) {

    public ReferenceData {
        discounts = List.copyOf(discounts);
    }
}
