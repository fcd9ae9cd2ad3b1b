package id.go.bekasikab.bpu.contribution;

import id.go.bekasikab.bpu.platform.SqlValues;
import id.go.bekasikab.bpu.rules.Funding;
import id.go.bekasikab.bpu.rules.PaidContribution;
import id.go.bekasikab.bpu.rules.Programme;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
class PaidLineRepository implements PanacheRepositoryBase<PaidLine, PaidLine.Key> {

    List<PaidLine> ofPayment(UUID paymentId) {
        return list("paymentId = ?1 order by period, programme", paymentId);
    }

    /** What both queries select, in the order {@link #byParticipant} reads it. */
    private static final String COLUMNS = """
            select cl.participant_id, p.id, p.receipt_number, cl.period, cl.programme, cl.income_basis, cl.gross,
                   cl.discount, cl.net, p.paid_on, p.paid_at, p.funding, p.payer_id""";

    /**
     * The ledger facts of these participants: every paid line of the months from {@code from} on, and the lines of
     * the latest paid month before it (what the standing of a long-lapsed member rests on), with their payments.
     */
    Map<UUID, List<PaidContribution>> paidOf(Collection<UUID> participantIds, YearMonth from) {
        if (participantIds.isEmpty()) {
            return new HashMap<>();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                with wanted as (select unnest(cast(?1 as uuid[])) as id),
                     latest_before as (
                    select cl.participant_id, max(cl.period) as period
                      from wanted join contribution_line cl on cl.participant_id = wanted.id
                     where cl.period < ?2 and cl.programme = 'JKM'
                     group by cl.participant_id)
                %s
                  from wanted join contribution_line cl on cl.participant_id = wanted.id
                  join payment p on p.id = cl.payment_id
                 where cl.period >= ?2 or (cl.participant_id, cl.period) in (select participant_id, period from latest_before)
                 order by cl.participant_id, cl.period, cl.programme
                """.formatted(COLUMNS)).setParameter(1, SqlValues.uuidArray(participantIds)).setParameter(2, from.atDay(1))
                .getResultList();
        return byParticipant(rows);
    }

    /** Every paid line of these participants (a whole ledger: a statement, a payment), with no horizon to find. */
    Map<UUID, List<PaidContribution>> allPaidOf(Collection<UUID> participantIds) {
        if (participantIds.isEmpty()) {
            return new HashMap<>();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                %s
                  from contribution_line cl join payment p on p.id = cl.payment_id
                 where cl.participant_id = any(cast(?1 as uuid[]))
                 order by cl.participant_id, cl.period, cl.programme
                """.formatted(COLUMNS)).setParameter(1, SqlValues.uuidArray(participantIds)).getResultList();
        return byParticipant(rows);
    }

    private static Map<UUID, List<PaidContribution>> byParticipant(List<Object[]> rows) {
        Map<UUID, List<PaidContribution>> byParticipant = new HashMap<>();
        for (Object[] r : rows) {
            byParticipant.computeIfAbsent((UUID) r[0], k -> new java.util.ArrayList<>()).add(new PaidContribution(
                    (UUID) r[1], (String) r[2], YearMonth.from(SqlValues.localDate(r[3])), Programme.valueOf((String) r[4]),
                    ((Number) r[5]).longValue(), ((Number) r[6]).longValue(), ((Number) r[7]).longValue(),
                    ((Number) r[8]).longValue(), SqlValues.localDate(r[9]), SqlValues.instant(r[10]),
                    Funding.valueOf((String) r[11]), (UUID) r[12]));
        }
        return byParticipant;
    }
}
