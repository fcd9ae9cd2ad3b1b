package id.go.bekasikab.bpu.participant;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class StatusChangeRepository implements PanacheRepository<StatusChange> {

    List<StatusChange> historyOf(UUID participantId) {
        return list("participantId = ?1 order by id", participantId);
    }
}
