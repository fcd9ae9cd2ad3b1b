package id.go.bekasikab.bpu.channel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/** The settlement reconciliation's bodies, as openapi/bpu-api.yaml names them. */
public final class SettlementApi {

    public static final String CSV_HEADER = "date,transactionId,membershipNumber,months,amount";

    private SettlementApi() {
    }

    /**
     * How a transaction of the day compares. MATCHED: the same on both sides. MISSING_OURS: in the file, not among our
     * payments of the day. MISSING_THEIRS: our payment, not in the file. AMOUNT_MISMATCH: both, other amounts.
     * DETAIL_MISMATCH: both, same amount, another membership number or other months. REVERSED: in the file, but
     * reversed here (a reversed payment absent from the file is as it should be, and is not listed).
     */
    public enum Outcome {
        MATCHED, MISSING_OURS, MISSING_THEIRS, AMOUNT_MISMATCH, DETAIL_MISMATCH, REVERSED
    }

    public record SettlementLine(Outcome outcome, String transactionId, Integer fileLine, String membershipNumber,
                                 List<YearMonth> months, Long theirAmount, Long ourAmount, String receiptNumber) {
    }

    /** Counts and sums of each side and of each outcome. {@code difference} is the file's total less ours. */
    public record SettlementSummary(int fileLines, long fileAmount, int ourPayments, long ourAmount, int reversed,
                                    long reversedAmount, int matched, long matchedAmount, int missingOurs,
                                    long missingOursAmount, int missingTheirs, long missingTheirsAmount, int mismatched,
                                    long difference) {
    }

    public record SettlementReport(UUID id, UUID channelId, LocalDate date, SettlementSummary summary,
                                   List<SettlementLine> lines, Instant createdAt) {
    }
}
