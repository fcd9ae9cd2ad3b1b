package id.go.bekasikab.bpu.claim;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class ClaimTransitionRepository implements PanacheRepository<ClaimTransition> {

    List<ClaimTransition> historyOf(UUID claimId) {
        return list("claimId = ?1 order by id", claimId);
    }
}
