package id.go.bekasikab.bpu.claim;

import id.go.bekasikab.bpu.rules.ClaimStatus;
import id.go.bekasikab.bpu.rules.Programme;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

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

    /** The claim as submitted (claimant and programme details), JSON. */
    @Column(nullable = false, updatable = false)
    String request;

    @Column(nullable = false)
    String documents;

    @Column(nullable = false)
    boolean eligible;

    /** Comma-separated rejection codes found at submission. */
    @Column(nullable = false)
    String reasons;

    @Column(nullable = false)
    String flags;

    @Column(nullable = false)
    String benefits;

    @Column(nullable = false)
    long total;

    @Column(name = "documents_complete_on")
    LocalDate documentsCompleteOn;

    @Column(name = "sla_due_date")
    LocalDate slaDueDate;

    @Column(name = "paid_on")
    LocalDate paidOn;

    @Column(nullable = false)
    String refunds;

    @Column(name = "rejection_reason")
    String rejectionReason;

    @Version
    long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
}
