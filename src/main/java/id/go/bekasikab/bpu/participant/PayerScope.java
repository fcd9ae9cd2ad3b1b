package id.go.bekasikab.bpu.participant;

import java.util.Optional;
import java.util.UUID;

/**
 * What a payer's system may see — the one scoping policy, implemented by the payer feature. Staff and mobile
 * backends are not scoped. A payer's system (an {@code integration} token with a {@code payer_id}) reads the
 * participants it sponsors or has sponsored, and of them only its own sponsorships, payments and receipts.
 */
public interface PayerScope {

    /** The payer the caller speaks for; empty when the caller is not scoped to a payer. */
    Optional<UUID> scopedPayer();

    /** Whether the caller may read this participant at all. */
    boolean mayRead(UUID participantId);

    /** Whether the caller may see what this payer did (null: the participant themself): its name, payments, receipts. */
    default boolean maySee(UUID payerId) {
        return scopedPayer().map(own -> own.equals(payerId)).orElse(true);
    }
}
