package id.go.bekasikab.bpu.rules;

import java.time.YearMonth;
import java.util.UUID;

/** A contribution to return after a closure: one month of one payment, to whoever paid it (null payer = self). */
public record Refund(YearMonth month, long amount, UUID payerId, String receiptNumber) {
}
