package id.go.bekasikab.bpu.payer;

import id.go.bekasikab.bpu.participant.PayerScope;
import id.go.bekasikab.bpu.platform.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;

/**
 * The scoping policy for payers' systems, in one place (README, "Who sees what"): a payer's own payer record, jobs,
 * invoices and payments; the participants it sponsors or has sponsored; of those, only its own sponsorships,
 * payments and receipts. Anything else is "not found", and refusals never name another payer.
 */
@ApplicationScoped
class PayerAccess implements PayerScope {

    private final SponsorshipRepository sponsorships;
    private final Caller caller;

    PayerAccess(SponsorshipRepository sponsorships, Caller caller) {
        this.sponsorships = sponsorships;
        this.caller = caller;
    }

    @Override
    public Optional<UUID> scopedPayer() {
        return caller.scopedPayer();
    }

    @Override
    @Transactional
    public boolean mayRead(UUID participantId) {
        return scopedPayer().map(payer -> sponsorships.count("payerId = ?1 and participantId = ?2", payer,
                participantId) > 0).orElse(true);
    }

    /** Whether the caller may see this payer's own records (its payer, jobs, invoices, payments). */
    boolean mayActFor(UUID payerId) {
        return maySee(payerId);
    }
}
