package id.go.bekasikab.bpu.claim;

import id.go.bekasikab.bpu.rules.AccidentKind;
import id.go.bekasikab.bpu.rules.ClaimStatus;
import id.go.bekasikab.bpu.rules.DocumentType;
import id.go.bekasikab.bpu.rules.EducationLevel;
import id.go.bekasikab.bpu.rules.HeirRelationship;
import id.go.bekasikab.bpu.rules.JhtReason;
import id.go.bekasikab.bpu.rules.JkkOutcome;
import id.go.bekasikab.bpu.rules.Programme;
import id.go.bekasikab.bpu.rules.TransportMode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/** The claim API's bodies, as openapi/bpu-api.yaml names them. */
public final class ClaimApi {

    static final long MAX_AMOUNT = 10_000_000_000L;

    private ClaimApi() {
    }

    /** SELF, or the claimant's relationship to the participant as an heir. */
    public enum Relationship {
        SELF, SPOUSE, CHILD, PARENT, GRANDPARENT, GRANDCHILD, SIBLING, PARENT_IN_LAW, TESTAMENTARY;

        HeirRelationship asHeir() {
            return this == SELF ? null : HeirRelationship.valueOf(name());
        }
    }

    public record NewClaim(
            @NotNull UUID participantId,
            @NotNull Programme programme,
            @NotNull LocalDate eventDate,
            @NotNull @Valid Claimant claimant,
            @Valid Jkk jkk,
            @Valid Jkm jkm,
            @Valid Jht jht,
            @Size(max = 40) List<@NotNull @Valid Document> documents) {
    }

    public record Claimant(
            @NotNull @Size(min = 1, max = 150) String fullName,
            @NotNull Relationship relationship,
            @Pattern(regexp = "^[0-9]{16}$", message = "must be 16 digits") String nik,
            @Valid BankAccount bankAccount) {
    }

    public record BankAccount(
            @NotNull @Size(min = 2, max = 60) String bank,
            @NotNull @Pattern(regexp = "^[0-9]{5,20}$", message = "5 to 20 digits") String number,
            @NotNull @Size(min = 1, max = 150) String holder) {
    }

    public record Jkk(
            @NotNull AccidentKind accidentKind,
            @NotNull JkkOutcome outcome,
            OffsetDateTime reportedAt,
            @Min(0) @Max(120) Integer incapacityMonths,
            @Min(1) @Max(100) Integer disabilityPercent,
            @Size(max = 3) List<@NotNull @Valid Transport> transport,
            @Size(max = 200) List<@NotNull @Valid Medical> medical,
            @Size(max = 10) List<@NotNull @Valid ChildBody> children) {
    }

    public record Transport(@NotNull TransportMode mode, @NotNull @PositiveOrZero @Max(MAX_AMOUNT) Long amount) {
    }

    public record Medical(@NotNull @Size(min = 1, max = 200) String description,
                          @NotNull @PositiveOrZero @Max(MAX_AMOUNT) Long amount) {
    }

    public record Jkm(@Size(max = 10) List<@NotNull @Valid ChildBody> children) {
    }

    public record ChildBody(
            @NotNull @Size(min = 1, max = 150) String fullName,
            @NotNull @Past LocalDate birthDate,
            @NotNull EducationLevel educationLevel,
            Boolean married,
            Boolean working) {
    }

    public record Jht(@NotNull JhtReason reason) {
    }

    public record Document(
            @NotNull DocumentType type,
            @NotNull @Size(min = 1, max = 200) String reference,
            @Pattern(regexp = "^[0-9a-f]{64}$", message = "64 lowercase hex digits") String sha256) {
    }

    public record Documents(@NotNull @Size(min = 1, max = 40) List<@NotNull @Valid Document> documents) {
    }

    public record Transition(@NotNull ClaimStatus to, @Size(max = 40) String reason, @Size(max = 1000) String note) {
    }

    public record BenefitLine(String code, long amount, String basis) {
    }

    public record DocumentCheck(DocumentType type, boolean provided) {
    }

    public record Refund(YearMonth month, long amount, UUID payerId, String receiptNumber) {
    }

    public record HistoryEntry(ClaimStatus from, ClaimStatus to, String reason, String note, String actor, Instant at) {
    }

    public record ClaimView(
            UUID id, String claimNumber, UUID participantId, Programme programme, LocalDate eventDate, ClaimStatus status,
            Claimant claimant, Jkk jkk, Jkm jkm, Jht jht, boolean eligible, List<String> reasons, List<String> flags,
            List<BenefitLine> benefits, long total, List<DocumentCheck> requiredDocuments,
            List<DocumentType> missingDocuments, List<Document> documents, LocalDate serviceLevelDueDate,
            boolean slaBreached, LocalDate paidOn, List<Refund> refunds, String rejectionReason,
            List<HistoryEntry> history, Instant createdAt, Instant updatedAt) {
    }

    public record Page(List<ClaimView> items, String nextCursor) {
    }
}
