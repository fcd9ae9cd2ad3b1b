package id.go.bekasikab.bpu.participant;

import java.util.UUID;

/** Whether a payer sponsors (or sponsored) a participant: what a payer's system may see. Implemented by payers. */
public interface PayerScope {

    boolean sponsors(UUID payerId, UUID participantId);
}
