package id.go.bekasikab.bpu.contribution;

import id.go.bekasikab.bpu.rules.Sponsor;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Who sponsors a participant's programmes, month by month: a port the payer feature implements. */
public interface SponsorDirectory {

    Map<UUID, List<Sponsor>> sponsorsOf(Collection<UUID> participantIds);

    default List<Sponsor> sponsorsOf(UUID participantId) {
        return sponsorsOf(List.of(participantId)).getOrDefault(participantId, List.of());
    }
}
