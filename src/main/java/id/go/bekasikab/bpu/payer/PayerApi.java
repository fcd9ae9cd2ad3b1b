package id.go.bekasikab.bpu.payer;

import id.go.bekasikab.bpu.rules.Programme;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/** The payer API's bodies, as openapi/bpu-api.yaml names them. */
public final class PayerApi {

    static final String REGION_CODE = "^[0-9]{2}(\\.[0-9]{2}(\\.[0-9]{2}(\\.[0-9]{4})?)?)?$";

    private PayerApi() {
    }

    public record NewPayer(
            @NotNull PayerType type,
            @NotNull FundingSource fundingSource,
            @NotNull @Size(min = 1, max = 200) @Pattern(regexp = "^[^\\p{Cntrl}]+$", message = "must not contain control characters") String name,
            @NotNull @Pattern(regexp = REGION_CODE, message = "must be a Kemendagri code, e.g. 32.16") String regionCode,
            @Valid Contact contact,
            Boolean domicileRequired) {
    }

    public record Contact(
            @Size(max = 150) @Pattern(regexp = "^[^\\p{Cntrl}]*$", message = "must not contain control characters") String name,
            @Pattern(regexp = "^(\\+62|62|0)[1-9][0-9]{6,12}$", message = "must be an Indonesian phone number") String phone,
            @Email @Size(min = 3, max = 254) String email) {
    }

    /** {@code regionName} is the Kemendagri name of the payer's region; {@code domicileRequired} the rule in force. */
    public record PayerView(UUID id, PayerType type, FundingSource fundingSource, String name, String regionCode,
                            Contact contact, Instant createdAt, String regionName, boolean domicileRequired) {
    }

    public record NewSponsorship(
            @NotNull UUID participantId,
            @NotNull YearMonth from,
            YearMonth to,
            @Size(min = 1, max = 3) List<@NotNull Programme> programmes) {
    }

    public record SponsorshipView(UUID id, UUID payerId, String payerName, UUID participantId, YearMonth from,
                                  YearMonth to, List<Programme> programmes, Instant createdAt) {
    }

    /** {@code regionCode}: where the participant lives (the village), for the finance office's per-desa view. */
    public record InvoiceLine(UUID participantId, String membershipNumber, YearMonth month, List<Programme> programmes,
                              long incomeBasis, long gross, long discount, long amount, boolean paid,
                              String receiptNumber, String regionCode) {
    }

    /**
     * {@code credit} is the payer's unused credit, applied on its next payment; {@code payable} what a transfer must
     * still bring to settle the outstanding lines.
     */
    public record Invoice(UUID payerId, YearMonth month, int lines, long total, long paid, long outstanding,
                          List<InvoiceLine> items, long credit, long payable) {
    }

    public record BulkPayment(
            @NotNull @Size(min = 1, max = 12) List<@NotNull YearMonth> months,
            @NotNull @Positive @Max(100_000_000_000L) Long amount,
            @NotNull @Size(min = 1, max = 64) @Pattern(regexp = "^[A-Za-z0-9._:/-]+$",
                    message = "letters, digits and . _ : / - only") String transferReference,
            Boolean dryRun,
            Boolean allowPartial) {
    }

    public record AllocatedLine(UUID participantId, String membershipNumber, YearMonth month, List<Programme> programmes,
                                long amount, String receiptNumber) {
    }

    /** {@code creditApplied}: the payer's earlier credit this payment used; {@code credit}: what it left over. */
    public record Reconciliation(UUID id, UUID payerId, String transferReference, List<YearMonth> months, long amount,
                                 long settledAmount, long credit, long shortfall, boolean dryRun,
                                 List<AllocatedLine> settled, List<AllocatedLine> unsettled, Instant paidAt,
                                 long creditApplied) {
    }

    public enum CreditKind {
        EARNED, APPLIED, REFUNDED
    }

    public record CreditEntry(UUID id, CreditKind kind, long amount, UUID paymentId, String reason, String reference,
                              String actor, Instant at) {
    }

    public record Credit(UUID payerId, long balance, List<CreditEntry> entries) {
    }

    public record CreditRefund(
            @NotNull @Positive @Max(100_000_000_000L) Long amount,
            @NotNull @Size(min = 3, max = 500) @Pattern(regexp = "^[^\\p{Cntrl}]+$",
                    message = "must not contain control characters") String reason,
            @Size(min = 1, max = 64) @Pattern(regexp = "^[A-Za-z0-9._:/-]+$",
                    message = "letters, digits and . _ : / - only") String reference) {
    }

    public record Page<T>(List<T> items, String nextCursor) {
    }
}
