package id.go.bekasikab.bpu.payer;

import id.go.bekasikab.bpu.payer.PayerApi.AllocatedLine;
import id.go.bekasikab.bpu.platform.ProgrammeSet;
import id.go.bekasikab.bpu.platform.SqlValues;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/** Payers' bulk payments, and the contribution payments each one settled. */
@ApplicationScoped
class PayerPaymentRepository implements PanacheRepositoryBase<PayerPayment, UUID> {

    boolean transferRecorded(UUID payerId, String transferReference) {
        return count("payerId = ?1 and transferReference = ?2", payerId, transferReference) > 0;
    }

    /** The invoice lines a bulk payment settled, one per participant-month, in allocation order. */
    List<AllocatedLine> settledLines(UUID payerPaymentId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select p.participant_id, pt.membership_number, cl.period, string_agg(cl.programme, ',' order by cl.programme),
                       sum(cl.net), p.receipt_number
                  from payment p join participant pt on pt.id = p.participant_id
                  join contribution_line cl on cl.payment_id = p.id
                 where p.payer_payment_id = ?1
                 group by p.participant_id, pt.membership_number, cl.period, p.receipt_number
                 order by cl.period, pt.membership_number
                """).setParameter(1, payerPaymentId).getResultList();
        return rows.stream().map(r -> new AllocatedLine((UUID) r[0], (String) r[1],
                YearMonth.from(SqlValues.localDate(r[2])), List.copyOf(ProgrammeSet.parse((String) r[3])),
                ((Number) r[4]).longValue(), (String) r[5])).toList();
    }
}
