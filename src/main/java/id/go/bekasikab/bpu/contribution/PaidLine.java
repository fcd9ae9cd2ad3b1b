package id.go.bekasikab.bpu.contribution;

import id.go.bekasikab.bpu.rules.MonthPrice;
import id.go.bekasikab.bpu.rules.PaidContribution;
import id.go.bekasikab.bpu.rules.Programme;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** One programme of one month, paid: the primary key is what makes paying a month twice impossible. */
@Entity
@Table(name = "contribution_line")
@IdClass(PaidLine.Key.class)
class PaidLine {

    @Id
    @Column(name = "participant_id")
    UUID participantId;

    /** The first day of the contribution month. */
    @Id
    LocalDate period;

    @Id
    @Enumerated(EnumType.STRING)
    Programme programme;

    @Column(name = "payment_id", nullable = false, updatable = false)
    UUID paymentId;

    @Column(name = "income_basis", nullable = false, updatable = false)
    long incomeBasis;

    @Column(nullable = false, updatable = false)
    long gross;

    @Column(nullable = false, updatable = false)
    long discount;

    @Column(nullable = false, updatable = false)
    long net;

    /** This line as the ledger reads it. */
    PaidContribution contribution(Payment payment) {
        return new PaidContribution(payment.id, payment.receiptNumber, YearMonth.from(period), programme, incomeBasis,
                gross, discount, net, payment.paidOn, payment.paidAt, payment.funding, payment.payerId);
    }

    /** The lines of one priced month, settled by a payment. */
    static List<PaidLine> of(Payment payment, MonthPrice price) {
        return price.lines().stream().map(l -> {
            PaidLine line = new PaidLine();
            line.participantId = payment.participantId;
            line.period = price.month().atDay(1);
            line.programme = l.programme();
            line.paymentId = payment.id;
            line.incomeBasis = price.incomeBasis();
            line.gross = l.gross();
            line.discount = l.discount();
            line.net = l.net();
            return line;
        }).toList();
    }

    static class Key implements Serializable {
        UUID participantId;
        LocalDate period;
        Programme programme;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(participantId, k.participantId)
                    && Objects.equals(period, k.period) && programme == k.programme;
        }

        @Override
        public int hashCode() {
            return Objects.hash(participantId, period, programme);
        }
    }
}
