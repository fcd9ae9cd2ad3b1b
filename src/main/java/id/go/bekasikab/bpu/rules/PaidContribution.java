package id.go.bekasikab.bpu.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

/** One programme of one month, as a payment settled it: the ledger's unit of fact. {@code payerId} null = self. */
public record PaidContribution(UUID paymentId, String receiptNumber, YearMonth month, Programme programme,
                               long incomeBasis, long gross, long discount, long net, LocalDate paidOn, Instant paidAt,
                               Funding funding, UUID payerId) {
}
