package id.go.bekasikab.bpu.participant;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class CorrectionRepository implements PanacheRepositoryBase<IdentityCorrection, UUID> {

    List<IdentityCorrection> ofParticipant(UUID participantId) {
        return list("participantId = ?1 order by requestedAt, id", participantId);
    }
}
