package id.go.bekasikab.bpu.claim;

import id.go.bekasikab.bpu.rules.ClaimStatus;
import id.go.bekasikab.bpu.rules.Programme;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class ClaimRepository implements PanacheRepositoryBase<Claim, UUID> {

    String nextClaimNumber(LocalDate on) {
        long serial = ((Number) getEntityManager().createNativeQuery("select nextval('claim_number_seq')")
                .getSingleResult()).longValue();
        return String.format("KLM%tY%<tm%<td-%08d", on, serial);
    }

    boolean hasOpenJkm(UUID participantId) {
        return count("participantId = ?1 and programme = ?2 and status <> ?3", participantId, Programme.JKM,
                ClaimStatus.REJECTED) > 0;
    }

    /** Whether a partial JHT withdrawal was already paid: it is allowed once (PP 46/2015). */
    boolean hasPartialJht(UUID participantId) {
        return ((Number) getEntityManager().createNativeQuery("select count(*) from claim where participant_id = ?1"
                        + " and programme = 'JHT' and status = 'PAID'"
                        + " and request -> 'jht' ->> 'reason' in ('PARTIAL_HOUSING', 'PARTIAL_OTHER')")
                .setParameter(1, participantId).getSingleResult()).longValue() > 0;
    }

    List<Claim> ofParticipant(UUID participantId) {
        return list("participantId = ?1 order by id", participantId);
    }

    List<Claim> page(ClaimStatus status, Programme programme, Boolean slaBreached, LocalDate today, UUID after,
                     int limit) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (after != null) {
            where.add("id > :after");
            params.and("after", after);
        }
        if (status != null) {
            where.add("status = :status");
            params.and("status", status);
        }
        if (programme != null) {
            where.add("programme = :programme");
            params.and("programme", programme);
        }
        if (slaBreached != null) {
            String breached = "((status not in (:closed) and slaDueDate < :today) or paidOn > slaDueDate)";
            where.add(slaBreached ? breached : "not " + breached);
            params.and("closed", List.of(ClaimStatus.PAID, ClaimStatus.REJECTED)).and("today", today);
        }
        String query = where.isEmpty() ? "order by id" : String.join(" and ", where) + " order by id";
        return find(query, params).page(0, limit).list();
    }
}
