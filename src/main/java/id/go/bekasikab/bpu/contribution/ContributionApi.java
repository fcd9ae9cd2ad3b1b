package id.go.bekasikab.bpu.contribution;

import com.fasterxml.jackson.annotation.JsonProperty;
import id.go.bekasikab.bpu.rules.Funding;
import id.go.bekasikab.bpu.rules.MembershipStatus;
import id.go.bekasikab.bpu.rules.MonthStatus;
import id.go.bekasikab.bpu.rules.Programme;
import id.go.bekasikab.bpu.rules.Sector;
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

/** The contribution API's bodies, as openapi/bpu-api.yaml names them. */
public final class ContributionApi {

    /** Twelve months at the top basis with JHT is Rp7,533,600; anything far above that is a typo or an attack. */
    static final long MAX_PAYMENT = 100_000_000L;

    private ContributionApi() {
    }

    public record PaymentRequest(
            @NotNull UUID participantId,
            @Min(1) @Max(12) Integer months,
            @Size(min = 1, max = 12) List<@NotNull YearMonth> periods,
            @NotNull @Positive @Max(MAX_PAYMENT) Long amount,
            @NotNull Channel channel,
            @Size(min = 1, max = 64) @Pattern(regexp = "^[A-Za-z0-9._:/-]+$",
                    message = "letters, digits and . _ : / - only") String externalReference) {
    }

    /** An officer's reversal of a receipt: the reason is required, and recorded. */
    public record OfficerReversal(
            @NotNull @Size(min = 3, max = 500) @Pattern(regexp = "^[^\\p{Cntrl}]+$",
                    message = "must not contain control characters") String reason) {
    }

    public record Line(YearMonth period, Programme programme, long incomeBasis, long gross, long discount, long net) {
    }

    public record Receipt(String receiptNumber, UUID participantId, String membershipNumber, List<YearMonth> periods,
                          List<Line> lines, long gross, long discount, long total, Channel channel,
                          String externalReference, Instant paidAt, MembershipStatus participantStatus,
                          YearMonth paidThrough, Reversal reversal) {
    }

    /** A receipt's reversal: the payment is void, its months open again; the receipt itself is kept. */
    public record Reversal(Instant reversedAt, LocalDate reversedOn, ReversedBy reversedBy, String reason,
                           boolean outsideWindow) {
    }

    public enum ReversedBy {
        CHANNEL, OFFICER
    }

    public record QuoteLine(Programme programme, long gross, long discount, long net) {
    }

    public record Quote(YearMonth month, long declaredIncome, long incomeBasis, Sector sector, Funding funding,
                        List<QuoteLine> lines, long gross, long discount, long total) {
    }

    /**
     * One month of a statement. {@code ownShare} is what the participant owes themself when a payer covers the
     * rest; {@code payer} names who pays the sponsored programmes.
     */
    public record StatementMonth(YearMonth period, MonthStatus status, LocalDate dueDate, List<Programme> programmes,
                                 Long incomeBasis, Long gross, Long discount, Long net, String receiptNumber,
                                 Instant paidAt, Payer payer, Long ownShare) {

        public record Payer(UUID id, String name, List<Programme> programmes) {
        }
    }

    public record Summary(MembershipStatus status, YearMonth paidThrough, int arrearsMonths, long amountDueNow,
                          LocalDate protectedUntil, LocalDate lapsesOn) {
    }

    public record Statement(UUID participantId, YearMonth from, YearMonth to, List<StatementMonth> months,
                            Summary summary) {
    }

    public record CoverageAnswer(LocalDate date, @JsonProperty("protected") boolean isProtected,
                                 List<Programme> programmes, YearMonth paidThrough, MembershipStatus status,
                                 String reason) {
    }
}
