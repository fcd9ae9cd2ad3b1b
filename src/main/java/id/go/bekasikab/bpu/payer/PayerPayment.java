package id.go.bekasikab.bpu.payer;

import id.go.bekasikab.bpu.payer.PayerApi.AllocatedLine;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

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

    /** The first day of each month the transfer was for. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, updatable = false)
    List<LocalDate> months;

    @Column(nullable = false, updatable = false)
    long amount;

    @Column(name = "settled_amount", nullable = false, updatable = false)
    long settledAmount;

    /** What this transfer left over, kept as the payer's credit. */
    @Column(nullable = false, updatable = false)
    long credit;

    /** The payer's earlier credit this payment used. */
    @Column(name = "credit_applied", nullable = false, updatable = false)
    long creditApplied;

    /** The invoice lines the money did not reach. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    List<AllocatedLine> unsettled;

    @Column(name = "paid_at", nullable = false, updatable = false)
    Instant paidAt;
}
