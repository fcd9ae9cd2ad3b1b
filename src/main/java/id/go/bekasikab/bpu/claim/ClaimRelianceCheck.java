package id.go.bekasikab.bpu.claim;

import id.go.bekasikab.bpu.contribution.ClaimReliance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.YearMonth;
import java.util.Optional;
import java.util.UUID;

/**
 * A claim relies on every month up to its event's: cover on the event day (JKK, JKM), the months paid before it
 * (JKM's scholarship threshold) and the JHT balance all read them. Months after the event do not count.
 */
@ApplicationScoped
class ClaimRelianceCheck implements ClaimReliance {

    private final EntityManager em;

    ClaimRelianceCheck(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<String> claimRelyingOn(UUID participantId, YearMonth from) {
        return em.createNativeQuery("""
                        select claim_number from claim
                         where participant_id = ?1 and status <> 'REJECTED' and event_date >= ?2
                         order by event_date limit 1""", String.class)
                .setParameter(1, participantId).setParameter(2, from.atDay(1)).getResultStream()
                .map(String.class::cast).findFirst();
    }
}
