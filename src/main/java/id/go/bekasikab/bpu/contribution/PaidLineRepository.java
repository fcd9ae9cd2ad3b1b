package id.go.bekasikab.bpu.contribution;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class PaidLineRepository implements PanacheRepositoryBase<PaidLine, PaidLine.Key> {

    List<PaidLine> ofParticipant(UUID participantId) {
        return list("participantId = ?1 order by period, programme", participantId);
    }

    List<PaidLine> ofPayment(UUID paymentId) {
        return list("paymentId = ?1 order by period, programme", paymentId);
    }
}
