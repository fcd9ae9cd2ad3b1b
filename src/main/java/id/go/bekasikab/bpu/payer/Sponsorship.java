package id.go.bekasikab.bpu.payer;

import id.go.bekasikab.bpu.platform.ProgrammeSet;
import id.go.bekasikab.bpu.rules.Programme;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;

/** A payer covering a participant's programmes from a month; sponsored_programme rows carry the same months. */
@Entity
@Table(name = "sponsorship")
class Sponsorship {

    @Id
    UUID id;

    @Column(name = "payer_id", nullable = false, updatable = false)
    UUID payerId;

    @Column(name = "participant_id", nullable = false, updatable = false)
    UUID participantId;

    /** First day of the first sponsored month. */
    @Column(name = "from_month", nullable = false, updatable = false)
    LocalDate fromMonth;

    /** First day of the last sponsored month, or null while open-ended. */
    @Column(name = "to_month")
    LocalDate toMonth;

    @Convert(converter = ProgrammeSet.class)
    @Column(nullable = false, updatable = false)
    EnumSet<Programme> programmes;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;
}
