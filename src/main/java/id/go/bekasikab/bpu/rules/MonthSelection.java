package id.go.bekasikab.bpu.rules;

import java.time.YearMonth;
import java.util.List;

/** The months a participant's payment would settle, or why it cannot. */
public sealed interface MonthSelection {

    record Accepted(List<YearMonth> months) implements MonthSelection {
        public Accepted {
            months = List.copyOf(months);
        }
    }

    /** {@code pointer} is the JSON pointer of the request field at fault. */
    record Refused(PaymentRefusal reason, String pointer, String detail) implements MonthSelection {
    }
}
