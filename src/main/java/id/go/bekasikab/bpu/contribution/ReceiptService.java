package id.go.bekasikab.bpu.contribution;

import id.go.bekasikab.bpu.contribution.ContributionApi.Receipt;
import id.go.bekasikab.bpu.participant.ParticipantFacts;
import id.go.bekasikab.bpu.participant.ParticipantService;
import id.go.bekasikab.bpu.participant.PayerScope;
import id.go.bekasikab.bpu.rules.Ledger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Receipts, with the participant's standing as the ledger reads it now. */
@ApplicationScoped
public class ReceiptService {

    private final ParticipantService participants;
    private final PayerScope scope;
    private final Ledgers ledgers;
    private final PaymentRepository payments;
    private final PaidLineRepository paidLines;

    ReceiptService(ParticipantService participants, PayerScope scope, Ledgers ledgers, PaymentRepository payments,
                   PaidLineRepository paidLines) {
        this.participants = participants;
        this.scope = scope;
        this.ledgers = ledgers;
        this.payments = payments;
        this.paidLines = paidLines;
    }

    @Transactional
    public Optional<Receipt> receipt(String receiptNumber) {
        return payments.findByReceiptNumber(receiptNumber).filter(p -> scope.mayRead(p.participantId) && scope.maySee(p.payerId))
                .map(payment -> {
                    ParticipantFacts facts = participants.facts(payment.participantId).orElseThrow();
                    Ledger ledger = ledgers.of(facts);
                    return Receipts.of(payment, paidLines.ofPayment(payment.id), facts.membershipNumber(),
                            ledger.status(), ledger.paidThrough());
                });
    }

    /** Every receipt of a participant, oldest first. */
    @Transactional
    public List<Receipt> receiptsOf(UUID participantId) {
        ParticipantFacts facts = participants.requireVisible(participantId);
        Ledger ledger = ledgers.of(facts);
        return payments.list("participantId = ?1 order by paidAt", participantId).stream()
                .filter(p -> scope.maySee(p.payerId))
                .map(p -> Receipts.of(p, paidLines.ofPayment(p.id), facts.membershipNumber(), ledger.status(),
                        ledger.paidThrough())).toList();
    }
}
