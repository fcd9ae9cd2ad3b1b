package id.go.bekasikab.bpu.payer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A payer's transfer and how it was allocated; each settled line is a contribution payment of its own. */
@Entity
@Table(name = "payer_payment")
class PayerPayment {

    @Id
    UUID id;

    @Column(name = "payer_id", nullable = false, updatable = false)
    UUID payerId;

    @Column(name = "transfer_reference", nullable = false, updatable = false)
    String transferReference;

    /** Comma-separated YYYY-MM. */
    @Column(nullable = false, updatable = false)
    String months;

    @Column(nullable = false, updatable = false)
    long amount;

    @Column(name = "settled_amount", nullable = false, updatable = false)
    long settledAmount;

    @Column(nullable = false, updatable = false)
    long credit;

    /** JSON array of the invoice lines the money did not reach. */
    @Column(nullable = false, updatable = false)
    String unsettled;

    @Column(name = "paid_at", nullable = false, updatable = false)
    Instant paidAt;
}
