package id.go.bekasikab.bpu.participant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A request to correct an identity field, decided by an officer (UU 27/2022: the right to correct). */
@Entity
@Table(name = "identity_correction")
class IdentityCorrection {

    enum Field { FULL_NAME, BIRTH_DATE, SEX, NIK }

    enum Status { PENDING, APPROVED, REJECTED }

    @Id
    UUID id;

    @Column(name = "participant_id", nullable = false, updatable = false)
    UUID participantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    Field field;

    @Column(name = "requested_value", nullable = false, updatable = false)
    String requestedValue;

    @Column(nullable = false, updatable = false)
    String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Status status;

    @Column(name = "requested_by", nullable = false, updatable = false)
    String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    Instant requestedAt;

    @Column(name = "decided_by")
    String decidedBy;

    @Column(name = "decided_at")
    Instant decidedAt;

    String note;
}
