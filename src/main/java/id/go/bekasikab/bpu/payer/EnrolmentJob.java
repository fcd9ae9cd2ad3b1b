package id.go.bekasikab.bpu.payer;

import id.go.bekasikab.bpu.platform.ProgrammeSet;
import id.go.bekasikab.bpu.rules.Programme;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;

@Entity
@Table(name = "enrolment_job")
class EnrolmentJob {

    enum State { QUEUED, RUNNING, COMPLETED, FAILED }

    @Id
    UUID id;

    @Column(name = "payer_id", nullable = false, updatable = false)
    UUID payerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    State state;

    @Column(name = "content_hash", nullable = false, updatable = false)
    String contentHash;

    @Column(name = "from_month", nullable = false, updatable = false)
    LocalDate fromMonth;

    @Convert(converter = ProgrammeSet.class)
    @Column(nullable = false, updatable = false)
    EnumSet<Programme> programmes;

    @Column(nullable = false, updatable = false)
    int total;

    @Column(nullable = false)
    int processed;

    @Column(nullable = false)
    int created;

    @Column(nullable = false)
    int linked;

    @Column(nullable = false)
    int rejected;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "started_at")
    Instant startedAt;

    @Column(name = "finished_at")
    Instant finishedAt;

    @Column(name = "lease_owner")
    String leaseOwner;

    @Column(name = "lease_until")
    Instant leaseUntil;
}
