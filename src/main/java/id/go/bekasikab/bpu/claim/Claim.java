package id.go.bekasikab.bpu.claim;

import id.go.bekasikab.bpu.rules.ClaimStatus;
import id.go.bekasikab.bpu.rules.Programme;
import id.go.bekasikab.bpu.claim.ClaimApi.BenefitLine;
import id.go.bekasikab.bpu.claim.ClaimApi.Document;
import id.go.bekasikab.bpu.claim.ClaimApi.NewClaim;
import id.go.bekasikab.bpu.claim.ClaimApi.Refund;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "claim")
class Claim {

    @Id
    UUID id;

    @Column(name = "claim_number", nullable = false, updatable = false)
    String claimNumber;

    @Column(name = "participant_id", nullable = false, updatable = false)
    UUID participantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    Programme programme;

    @Column(name = "event_date", nullable = false, updatable = false)
    LocalDate eventDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ClaimStatus status;

    /** The claim as submitted (claimant and programme details). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    NewClaim request;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    List<Document> documents;

    @Column(nullable = false)
    boolean eligible;

    /** The rejection codes found at submission ({@code ClaimRejection} names). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    List<String> reasons;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    List<String> flags;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    List<BenefitLine> benefits;

    @Column(nullable = false)
    long total;

    @Column(name = "documents_complete_on")
    LocalDate documentsCompleteOn;

    @Column(name = "sla_due_date")
    LocalDate slaDueDate;

    @Column(name = "paid_on")
    LocalDate paidOn;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    List<Refund> refunds;

    @Column(name = "rejection_reason")
    String rejectionReason;

    @Version
    long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
}
