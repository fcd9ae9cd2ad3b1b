package id.go.bekasikab.bpu.contribution;

import id.go.bekasikab.bpu.rules.Funding;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A settled payment; its receipt number is the tanda bukti penerimaan iuran. */
@Entity
@Table(name = "payment")
class Payment {

    @Id
    UUID id;

    @Column(name = "receipt_number", nullable = false, updatable = false)
    String receiptNumber;

    @Column(name = "participant_id", nullable = false, updatable = false)
    UUID participantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    Channel channel;

    /** The registered payment channel that took the money; its transaction id is the external reference. */
    @Column(name = "channel_id", updatable = false)
    UUID channelId;

    @Column(name = "external_reference", updatable = false)
    String externalReference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    Funding funding;

    @Column(nullable = false, updatable = false)
    long amount;

    /** The payer whose bulk payment this is part of; null when the participant paid. */
    @Column(name = "payer_id", updatable = false)
    UUID payerId;

    @Column(name = "payer_payment_id", updatable = false)
    UUID payerPaymentId;

    @Column(name = "paid_at", nullable = false, updatable = false)
    Instant paidAt;

    /** The business day (Asia/Jakarta) of the payment: what cover and lateness are judged by. */
    @Column(name = "paid_on", nullable = false, updatable = false)
    LocalDate paidOn;
}
