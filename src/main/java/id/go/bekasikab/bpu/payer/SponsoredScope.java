package id.go.bekasikab.bpu.payer;

import id.go.bekasikab.bpu.participant.PayerScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** A payer's scope is every participant it has ever sponsored, past sponsorships included. */
@ApplicationScoped
class SponsoredScope implements PayerScope {

    private final SponsorshipRepository sponsorships;

    SponsoredScope(SponsorshipRepository sponsorships) {
        this.sponsorships = sponsorships;
    }

    @Override
    @Transactional
    public boolean sponsors(UUID payerId, UUID participantId) {
        return sponsorships.count("payerId = ?1 and participantId = ?2", payerId, participantId) > 0;
    }
}
