package id.go.bekasikab.bpu.contribution;

import id.go.bekasikab.bpu.contribution.ContributionApi.Line;
import id.go.bekasikab.bpu.platform.SqlValues;
import id.go.bekasikab.bpu.rules.Programme;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class ReversalRepository implements PanacheRepositoryBase<PaymentReversal, UUID> {

    /** Moves a payment's paid lines out of the ledger, keeping them for its receipt; the months are open again. */
    int voidLines(UUID paymentId) {
        var em = getEntityManager();
        em.createNativeQuery("""
                insert into reversed_contribution_line (payment_id, participant_id, period, programme, income_basis,
                                                        gross, discount, net)
                select payment_id, participant_id, period, programme, income_basis, gross, discount, net
                  from contribution_line where payment_id = ?1""").setParameter(1, paymentId).executeUpdate();
        return em.createNativeQuery("delete from contribution_line where payment_id = ?1")
                .setParameter(1, paymentId).executeUpdate();
    }

    /** The lines a reversed payment had paid, as its receipt shows them. */
    List<Line> voidedLines(UUID paymentId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select period, programme, income_basis, gross, discount, net from reversed_contribution_line
                 where payment_id = ?1 order by period, programme""").setParameter(1, paymentId).getResultList();
        return rows.stream().map(r -> new Line(YearMonth.from(SqlValues.localDate(r[0])),
                Programme.valueOf((String) r[1]), ((Number) r[2]).longValue(), ((Number) r[3]).longValue(),
                ((Number) r[4]).longValue(), ((Number) r[5]).longValue())).toList();
    }
}
