package id.go.bekasikab.bpu.claim;

import id.go.bekasikab.bpu.rules.ClaimStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One step of a claim's workflow; rows are only ever added. */
@Entity
@Table(name = "claim_transition")
class ClaimTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "claim_id", nullable = false, updatable = false)
    UUID claimId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false)
    ClaimStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false)
    ClaimStatus to;

    @Column(updatable = false)
    String reason;

    @Column(updatable = false)
    String note;

    @Column(nullable = false, updatable = false)
    String actor;

    @Column(nullable = false, updatable = false)
    Instant at;
}
