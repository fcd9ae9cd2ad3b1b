package id.go.bekasikab.bpu.channel;

import id.go.bekasikab.bpu.contribution.Channel;
import id.go.bekasikab.bpu.contribution.ContributionApi.Receipt;
import id.go.bekasikab.bpu.contribution.ContributionApi.Reversal;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/** The payment-channel API's bodies, as openapi/bpu-api.yaml names them. */
public final class ChannelApi {

    /** A channel's transaction id: it goes into a path, so no slash. */
    static final String REFERENCE = "^[A-Za-z0-9._-]+$";
    static final String REFERENCE_MESSAGE = "letters, digits and . _ - only";
    static final String TEXT = "^[^\\p{Cntrl}]+$";
    static final String TEXT_MESSAGE = "must not contain control characters";

    private ChannelApi() {
    }

    public record NewChannel(
            @NotNull @Size(min = 2, max = 32) @Pattern(regexp = "^[A-Z0-9][A-Z0-9-]*$",
                    message = "capital letters, digits and - only") String code,
            @NotNull @Size(min = 1, max = 200) @Pattern(regexp = TEXT, message = TEXT_MESSAGE) String name,
            @NotNull Channel type) {
    }

    public record ChannelView(UUID id, String code, String name, Channel type, Instant createdAt) {
    }

    public record ChannelList(List<ChannelView> items) {
    }

    /** Exactly one of the two. */
    public record InquiryRequest(String membershipNumber, String nik) {
    }

    public record InquiryMonth(YearMonth month, long amount, LocalDate dueDate) {
    }

    /** Paying the first {@code months} of the inquiry costs {@code total}. */
    public record InquiryOption(int months, long total) {
    }

    public record Inquiry(UUID inquiryId, String membershipNumber, String name, List<InquiryMonth> months,
                          List<InquiryOption> options, Instant expiresAt) {
    }

    public record ChannelPaymentRequest(
            @NotNull UUID inquiryId,
            @NotNull @Min(1) @Max(12) Integer months,
            @NotNull @Positive @Max(100_000_000L) Long amount,
            @NotNull @Size(min = 1, max = 64) @Pattern(regexp = REFERENCE, message = REFERENCE_MESSAGE)
            String transactionId) {
    }

    public record ReversalRequest(
            @NotNull @Size(min = 1, max = 64) @Pattern(regexp = REFERENCE, message = REFERENCE_MESSAGE)
            String transactionId,
            @NotNull @Positive @Max(100_000_000L) Long amount,
            @Size(min = 1, max = 500) @Pattern(regexp = TEXT, message = TEXT_MESSAGE) String reason) {
    }

    /**
     * A channel's receipt: what the teller prints and the reversal refers to, without the participant's record.
     * {@code reversal} is present once the payment was reversed.
     */
    public record ChannelReceipt(String transactionId, String receiptNumber, String membershipNumber,
                                 List<YearMonth> periods, long amount, Instant paidAt, YearMonth paidThrough,
                                 Reversal reversal) {

        static ChannelReceipt of(Receipt receipt) {
            return new ChannelReceipt(receipt.externalReference(), receipt.receiptNumber(), receipt.membershipNumber(),
                    receipt.periods(), receipt.total(), receipt.paidAt(), receipt.paidThrough(), receipt.reversal());
        }
    }
}
