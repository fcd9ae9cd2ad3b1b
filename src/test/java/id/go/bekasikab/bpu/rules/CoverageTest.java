package id.go.bekasikab.bpu.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When a paid month starts to protect: bpu-rules.md §5 [U], the conservative reading the issue fixes. */
class CoverageTest {

    @ParameterizedTest(name = "{0} paid {1} (month before paid {2}), due {3}: covers from {4}")
    @CsvSource(nullValues = "none", value = {
            "2026-05, 2026-05-10, none,       2026-05-18, 2026-05-10", // the first payment: from its payment date
            "2026-05, 2026-04-25, none,       2026-05-18, 2026-05-01", // a first payment made before the month
            "2026-05, 2026-05-10, 2026-04-10, 2026-05-18, 2026-05-01", // on time, continuing: the whole month
            "2026-06, 2026-05-10, 2026-05-10, 2026-06-15, 2026-06-01", // paid ahead with the month before
            "2026-05, 2026-05-20, 2026-04-10, 2026-05-18, 2026-05-20", // late: only from the payment date
            "2026-05, 2026-06-10, 2026-04-10, 2026-05-18, none",       // arrears paid after the month: no cover
            "2026-05, 2026-05-10, 2026-05-12, 2026-05-18, 2026-05-10", // the month before was paid after this one
            "2026-11, 2026-11-03, none,       2026-11-16, 2026-11-03", // a restart after a lapse
    })
    void payingAfterTheEventNeverBuysCoverForIt(YearMonth month, LocalDate paidOn, LocalDate previousPaidOn,
                                                LocalDate dueDate, LocalDate coverFrom) {
        assertEquals(Optional.ofNullable(coverFrom),
                Coverage.coverFrom(month, paidOn, Optional.ofNullable(previousPaidOn), dueDate));
    }
}
