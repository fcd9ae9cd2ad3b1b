package id.go.bekasikab.bpu.contribution;

import id.go.bekasikab.bpu.platform.BusinessMetrics;
import id.go.bekasikab.bpu.contribution.ContributionApi.Receipt;
import id.go.bekasikab.bpu.participant.ParticipantFacts;
import id.go.bekasikab.bpu.participant.ParticipantService;
import id.go.bekasikab.bpu.platform.AuditLog;
import id.go.bekasikab.bpu.platform.Caller;
import id.go.bekasikab.bpu.platform.FieldError;
import id.go.bekasikab.bpu.platform.Outbox;
import id.go.bekasikab.bpu.platform.ProblemException;
import id.go.bekasikab.bpu.platform.Settings;
import id.go.bekasikab.bpu.rules.Ledger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * Reversals: a payment is voided — its lines leave the ledger, so its months are due again and the standing is
 * recomputed — while its receipt stays, marked reversed. A channel reverses its own payments within the window (the
 * same business day by default); an officer reverses any participant's own payment, later too, with a reason. A
 * payer's bulk-payment line is not reversed here (its reconciliation report would no longer add up), nor is a month a
 * live claim relies on. Reversing a reversed payment again answers the reversal that was made.
 */
@ApplicationScoped
public class ReversalService {

    private final BusinessMetrics metrics;
    private final PaymentRepository payments;
    private final ReversalRepository reversals;
    private final PaidLineRepository paidLines;
    private final PaymentService paymentService;
    private final ParticipantService participants;
    private final ClaimReliance claims;
    private final ReceiptService receipts;
    private final AuditLog audit;
    private final Outbox outbox;
    private final Caller caller;
    private final Clock clock;
    private final int windowDays;

    ReversalService(PaymentRepository payments, ReversalRepository reversals, PaidLineRepository paidLines,
                    PaymentService paymentService,
                    ParticipantService participants, ClaimReliance claims, ReceiptService receipts, AuditLog audit,
                    Outbox outbox, Caller caller, Clock clock, Settings settings, BusinessMetrics metrics) {
        this.metrics = metrics;
        this.payments = payments;
        this.reversals = reversals;
        this.paidLines = paidLines;
        this.paymentService = paymentService;
        this.participants = participants;
        this.claims = claims;
        this.receipts = receipts;
        this.audit = audit;
        this.outbox = outbox;
        this.caller = caller;
        this.clock = clock;
        this.windowDays = settings.channels().reversalWindowDays();
    }

    /** A reversal's receipt, and whether this request made it (false: it was reversed before). */
    public record Reversed(Receipt receipt, boolean made) {
    }

    /** A channel's reversal of its own payment, by its transaction id and amount, inside the window. */
    @Transactional
    public Reversed reverseForChannel(UUID channelId, String transactionId, long amount, String reason) {
        Payment payment = payments.lockByChannelTransaction(channelId, transactionId)
                .orElseThrow(() -> new ProblemException(404, "TRANSACTION_NOT_FOUND", "No such transaction",
                        "this channel has no payment with this transactionId"));
        if (payment.amount != amount) {
            throw new ProblemException(422, "AMOUNT_MISMATCH", "The amount is not the payment's",
                    "the payment with this transactionId was Rp" + payment.amount,
                    List.of(new FieldError("/amount", "AMOUNT_MISMATCH", "expected " + payment.amount)));
        }
        return reverse(payment, channelId, reason, false);
    }

    /** An officer's reversal of a participant's own payment, by its receipt number, with a reason, at any time. */
    @Transactional
    public Reversed reverseByOfficer(String receiptNumber, String reason) {
        Payment payment = payments.lockByReceiptNumber(receiptNumber)
                .orElseThrow(() -> ProblemException.notFound("RECEIPT_NOT_FOUND", "the receipt"));
        return reverse(payment, null, reason, true);
    }

    private Reversed reverse(Payment payment, UUID channelId, String reason, boolean officer) {
        PaymentReversal done = reversals.findById(payment.id);
        if (done != null) {
            return new Reversed(receipts.receipt(payment, done), false);
        }
        if (payment.channel == Channel.PAYER) {
            throw new ProblemException(422, "PAYER_PAYMENT_NOT_REVERSIBLE", "A payer's payment is not reversed here",
                    "this month was settled by a payer's bulk payment; its reconciliation report stands — correct it"
                            + " with the payer");
        }
        LocalDate today = LocalDate.now(clock);
        boolean outsideWindow = today.isAfter(payment.paidOn.plusDays(windowDays));
        if (outsideWindow && !officer) {
            throw new ProblemException(422, "REVERSAL_WINDOW_CLOSED", "Too late to reverse",
                    "a channel reverses a payment until " + payment.paidOn.plusDays(windowDays)
                            + " (Asia/Jakarta); ask the branch to reverse it with a reason");
        }
        ParticipantFacts facts = participants.lockForPayment(payment.participantId).orElseThrow();
        YearMonth first = paidLines.ofPayment(payment.id).stream().map(l -> YearMonth.from(l.period))
                .min(YearMonth::compareTo).orElseThrow();
        claims.claimRelyingOn(payment.participantId, first).ifPresent(claim -> {
            throw new ProblemException(409, "CLAIM_RELIES_ON_PAYMENT", "A claim relies on these months",
                    "claim " + claim + " was decided or is being assessed on cover from " + first
                            + "; the payment cannot be reversed while it stands");
        });
        PaymentReversal reversal = new PaymentReversal();
        reversal.paymentId = payment.id;
        reversal.reversedAt = clock.instant();
        reversal.reversedOn = today;
        reversal.channelId = channelId;
        reversal.actor = caller.name();
        reversal.reason = reason;
        reversal.outsideWindow = outsideWindow;
        reversals.persistAndFlush(reversal);
        reversals.voidLines(payment.id);
        Ledger after = paymentService.recordStanding(facts);
        Receipt receipt = Receipts.of(payment, reversals.voidedLines(payment.id), facts.membershipNumber(),
                after.status(), after.paidThrough(), reversal.view());
        audit.write("contribution.reversal", "participant", facts.id(), null, receipt);
        metrics.reversed(payment.channel, payment.amount);
        outbox.emit("contribution.reversed", facts.id(), List.of(), Outbox.data("participantId", facts.id(),
                "receiptNumber", payment.receiptNumber, "periods", receipt.periods(), "amount", payment.amount,
                "channel", payment.channel, "channelId", payment.channelId, "reversedBy",
                receipt.reversal().reversedBy(), "reversedAt", reversal.reversedAt, "participantStatus", after.status(),
                "paidThrough", after.paidThrough()));
        return new Reversed(receipt, true);
    }
}
