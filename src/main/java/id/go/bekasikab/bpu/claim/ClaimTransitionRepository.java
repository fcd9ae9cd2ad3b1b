package id.go.bekasikab.bpu.claim;

import id.go.bekasikab.bpu.rules.ClaimStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class ClaimTransitionRepository implements PanacheRepository<ClaimTransition> {

    List<ClaimTransition> historyOf(UUID claimId) {
        return list("claimId = ?1 order by id", claimId);
    }

    /** Appends a step to a claim's history: who moved it, when, and why. */
    void record(Claim claim, ClaimStatus from, ClaimStatus to, String reason, String note, String actor, Instant at) {
        ClaimTransition t = new ClaimTransition();
        t.claimId = claim.id;
        t.from = from;
        t.to = to;
        t.reason = reason;
        t.note = note;
        t.actor = actor;
        t.at = at;
        persist(t);
    }
}
