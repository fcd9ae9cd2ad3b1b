package id.go.bekasikab.bpu.participant;

import id.go.bekasikab.bpu.rules.MembershipStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One step of a participant's status history; rows are only ever added. */
@Entity
@Table(name = "participant_status_change")
class StatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "status_change_ids")
    @SequenceGenerator(name = "status_change_ids", sequenceName = "participant_status_change_seq", allocationSize = 50)
    Long id;

    @Column(name = "participant_id", nullable = false, updatable = false)
    UUID participantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false)
    MembershipStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false)
    MembershipStatus to;

    @Column(nullable = false, updatable = false)
    String reason;

    @Column(nullable = false, updatable = false)
    String actor;

    @Column(name = "changed_at", nullable = false, updatable = false)
    Instant changedAt;

    static StatusChange of(UUID participantId, MembershipStatus from, MembershipStatus to, String reason, String actor,
                           Instant at) {
        StatusChange change = new StatusChange();
        change.participantId = participantId;
        change.from = from;
        change.to = to;
        change.reason = reason;
        change.actor = actor;
        change.changedAt = at;
        return change;
    }
}
