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

/** Receipts, with the participant's standing as the ledger reads it now; a reversed one shows its reversal. */
@ApplicationScoped
public class ReceiptService {

    private final ParticipantService participants;
    private final PayerScope scope;
    private final Ledgers ledgers;
    private final PaymentRepository payments;
    private final PaidLineRepository paidLines;
    private final ReversalRepository reversals;

    ReceiptService(ParticipantService participants, PayerScope scope, Ledgers ledgers, PaymentRepository payments,
                   PaidLineRepository paidLines, ReversalRepository reversals) {
        this.participants = participants;
        this.scope = scope;
        this.ledgers = ledgers;
        this.payments = payments;
        this.paidLines = paidLines;
        this.reversals = reversals;
    }

    @Transactional
    public Optional<Receipt> receipt(String receiptNumber) {
        return payments.findByReceiptNumber(receiptNumber)
                .filter(p -> scope.mayRead(p.participantId) && scope.maySee(p.payerId))
                .map(payment -> receipt(payment, reversals.findById(payment.id)));
    }

    /** A registered channel's payment by its transaction id, reversed or not. */
    @Transactional
    public Optional<Receipt> byChannelTransaction(UUID channelId, String transactionId) {
        return payments.find("channelId = ?1 and externalReference = ?2", channelId, transactionId)
                .firstResultOptional().map(payment -> receipt(payment, reversals.findById(payment.id)));
    }

    /** Every receipt of a participant, oldest first. */
    @Transactional
    public List<Receipt> receiptsOf(UUID participantId) {
        ParticipantFacts facts = participants.requireVisible(participantId);
        Ledger ledger = ledgers.of(facts);
        return payments.list("participantId = ?1 order by paidAt", participantId).stream()
                .filter(p -> scope.maySee(p.payerId))
                .map(p -> receipt(p, reversals.findById(p.id), facts, ledger)).toList();
    }

    /** A payment's receipt; {@code reversal} is null unless it was reversed. */
    @Transactional(Transactional.TxType.MANDATORY)
    Receipt receipt(Payment payment, PaymentReversal reversal) {
        ParticipantFacts facts = participants.facts(payment.participantId).orElseThrow();
        return receipt(payment, reversal, facts, ledgers.of(facts));
    }

    private Receipt receipt(Payment payment, PaymentReversal reversal, ParticipantFacts facts, Ledger ledger) {
        return reversal == null
                ? Receipts.of(payment, Receipts.lines(paidLines.ofPayment(payment.id)), facts.membershipNumber(),
                ledger.status(), ledger.paidThrough(), null)
                : Receipts.of(payment, reversals.voidedLines(payment.id), facts.membershipNumber(), ledger.status(),
                ledger.paidThrough(), reversal.view());
    }
}
