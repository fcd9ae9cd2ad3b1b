package id.go.bekasikab.bpu.contribution;

import id.go.bekasikab.bpu.contribution.ContributionApi.Reversal;
import id.go.bekasikab.bpu.contribution.ContributionApi.ReversedBy;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** That a payment was reversed, when, by whom and why; written once, never changed. */
@Entity
@Table(name = "payment_reversal")
class PaymentReversal {

    @Id
    @Column(name = "payment_id")
    UUID paymentId;

    @Column(name = "reversed_at", nullable = false, updatable = false)
    Instant reversedAt;

    @Column(name = "reversed_on", nullable = false, updatable = false)
    LocalDate reversedOn;

    /** The channel that asked for it; null when an officer did. */
    @Column(name = "channel_id", updatable = false)
    UUID channelId;

    @Column(nullable = false, updatable = false)
    String actor;

    @Column(updatable = false)
    String reason;

    @Column(name = "outside_window", nullable = false, updatable = false)
    boolean outsideWindow;

    Reversal view() {
        return new Reversal(reversedAt, reversedOn, channelId == null ? ReversedBy.OFFICER : ReversedBy.CHANNEL, reason,
                outsideWindow);
    }
}
