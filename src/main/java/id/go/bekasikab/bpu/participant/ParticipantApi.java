package id.go.bekasikab.bpu.participant;

import id.go.bekasikab.bpu.rules.HeirRelationship;
import id.go.bekasikab.bpu.rules.MembershipStatus;
import id.go.bekasikab.bpu.rules.Occupation;
import id.go.bekasikab.bpu.rules.Programme;
import id.go.bekasikab.bpu.rules.Sector;
import id.go.bekasikab.bpu.rules.Sex;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The participant API's request and response bodies, as the contract (openapi/bpu-api.yaml) names them. */
public final class ParticipantApi {

    /** Declared monthly incomes above this are refused as implausible (the top income basis is Rp20,700,000). */
    static final long MAX_DECLARED_INCOME = 1_000_000_000L;
    static final String PHONE = "^(\\+62|62|0)[1-9][0-9]{6,12}$";
    static final String REGION_CODE = "^[0-9]{2}\\.[0-9]{2}\\.[0-9]{2}\\.[0-9]{4}$";
    static final String REGION_PREFIX = "^[0-9]{2}(\\.[0-9]{2}(\\.[0-9]{2}(\\.[0-9]{4})?)?)?$";

    private ParticipantApi() {
    }

    public record Registration(
            @NotNull @Size(max = 16) String nik,
            @NotNull @Size(max = 150) String fullName,
            @NotNull @Past LocalDate birthDate,
            @NotNull Sex sex,
            @NotNull @Pattern(regexp = PHONE, message = "must be an Indonesian phone number, e.g. +6281234567890") String phone,
            @Email @Size(min = 3, max = 254) String email,
            @NotNull @Valid Address address,
            @NotNull Occupation occupation,
            @NotNull @PositiveOrZero @Max(MAX_DECLARED_INCOME) Long declaredIncome,
            @NotNull @Size(max = 5) List<@NotNull Programme> programmes,
            @Size(max = 20) List<@NotNull @Valid HeirBody> heirs) {
    }

    /** The fields a PATCH may change; a JSON merge patch applies to this shape. */
    public record Changes(
            @NotNull @Pattern(regexp = PHONE, message = "must be an Indonesian phone number, e.g. +6281234567890") String phone,
            @Email @Size(min = 3, max = 254) String email,
            @NotNull @Valid Address address,
            @NotNull Occupation occupation,
            @NotNull @PositiveOrZero @Max(MAX_DECLARED_INCOME) Long declaredIncome,
            @NotNull @Size(max = 5) List<@NotNull Programme> programmes,
            @NotNull @Size(max = 20) List<@NotNull @Valid HeirBody> heirs) {
    }

    public record Address(
            @NotNull @Size(min = 1, max = 300) @Pattern(regexp = "^[^\\p{Cntrl}]*$", message = "must not contain control characters") String line,
            @NotNull @Pattern(regexp = REGION_CODE, message = "must be a Kemendagri village code, e.g. 32.16.20.2001") String regionCode,
            @Pattern(regexp = "^[0-9]{5}$", message = "must be 5 digits") String postalCode) {
    }

    public record HeirBody(
            @NotNull @Size(max = 150) String fullName,
            @NotNull HeirRelationship relationship,
            @NotNull @Past LocalDate birthDate,
            @Size(max = 16) String nik) {
    }

    public record Search(String nik, String membershipNumber) {
    }

    public record ContributionLineView(Programme programme, long amount) {
    }

    public record MonthlyContributionView(long incomeBasis, List<ContributionLineView> lines, long total) {
    }

    public record StatusChangeView(MembershipStatus from, MembershipStatus to, String reason, String actor, Instant at) {
    }

    public record ParticipantView(
            UUID id, String membershipNumber, String nik, String fullName, LocalDate birthDate, Sex sex, String phone,
            String email, Address address, Occupation occupation, Sector sector, long declaredIncome, long incomeBasis,
            List<Programme> programmes, MonthlyContributionView monthlyContribution, MembershipStatus status,
            List<HeirBody> heirs, List<StatusChangeView> statusHistory, Instant createdAt, Instant updatedAt) {
    }

    public record Page<T>(List<T> items, String nextCursor) {
    }

    public record CorrectionRequest(
            @NotNull IdentityCorrection.Field field,
            @NotNull @Size(min = 1, max = 150) String value,
            @NotNull @Size(min = 1, max = 500) String reason) {
    }

    public record CorrectionDecision(@NotNull Boolean approve, @Size(max = 500) String note) {
    }

    public record CorrectionView(UUID id, IdentityCorrection.Field field, String requestedValue, String reason,
                                 IdentityCorrection.Status status, String requestedBy, Instant requestedAt,
                                 String decidedBy, Instant decidedAt, String note) {
    }

    public record Erasure(@NotNull @Size(min = 1, max = 500) String reason) {
    }

    public record Found<T>(List<T> items) {
    }

    /** A participant with the version its ETag names. */
    public record Versioned(ParticipantView participant, long version) {
    }
}
