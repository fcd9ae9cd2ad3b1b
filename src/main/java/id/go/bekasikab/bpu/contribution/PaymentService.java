package id.go.bekasikab.bpu.contribution;

import id.go.bekasikab.bpu.platform.BusinessMetrics;
import id.go.bekasikab.bpu.contribution.ContributionApi.PaymentRequest;
import id.go.bekasikab.bpu.contribution.ContributionApi.Receipt;
import id.go.bekasikab.bpu.participant.MembershipService;
import id.go.bekasikab.bpu.participant.ParticipantFacts;
import id.go.bekasikab.bpu.participant.ParticipantService;
import id.go.bekasikab.bpu.platform.AuditLog;
import id.go.bekasikab.bpu.platform.Outbox;
import id.go.bekasikab.bpu.platform.Constraints;
import id.go.bekasikab.bpu.platform.FieldError;
import id.go.bekasikab.bpu.platform.Ids;
import id.go.bekasikab.bpu.platform.ProblemException;
import id.go.bekasikab.bpu.platform.RequestValidation;
import id.go.bekasikab.bpu.rules.Funding;
import id.go.bekasikab.bpu.rules.Ledger;
import id.go.bekasikab.bpu.rules.MonthPrice;
import id.go.bekasikab.bpu.rules.MonthSelection;
import id.go.bekasikab.bpu.rules.OwnPayment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Payments: a participant's own, and the lines a payer's bulk payment settles. Both go through the ledger. */
@ApplicationScoped
public class PaymentService {

    public static final String PAYMENT_SCOPE = "contribution-payment";

    private final BusinessMetrics metrics;
    private final ParticipantService participants;
    private final MembershipService memberships;
    private final Ledgers ledgers;
    private final PaymentRepository payments;
    private final PaidLineRepository paidLines;
    private final RequestValidation validation;
    private final AuditLog audit;
    private final Outbox outbox;
    private final Clock clock;

    PaymentService(ParticipantService participants, MembershipService memberships, Ledgers ledgers, PaymentRepository payments,
                   PaidLineRepository paidLines, RequestValidation validation, AuditLog audit, Outbox outbox, Clock clock, BusinessMetrics metrics) {
        this.metrics = metrics;
        this.participants = participants;
        this.memberships = memberships;
        this.ledgers = ledgers;
        this.payments = payments;
        this.paidLines = paidLines;
        this.validation = validation;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Settles the participant's oldest open months and issues a receipt. */
    @Transactional
    public Receipt pay(PaymentRequest body) {
        List<FieldError> errors = new ArrayList<>(validation.errorsOf(body));
        // an empty periods list is reported as EMPTY_LIST (by the validation above), not as a second way to pay
        if (body != null && (body.months() == null) == (body.periods() == null || body.periods().isEmpty())) {
            errors.add(new FieldError("", "EXACTLY_ONE_REQUIRED", "give either months or periods"));
        }
        if (body != null && body.periods() != null && new HashSet<>(body.periods()).size() != body.periods().size()) {
            errors.add(new FieldError("/periods", "DUPLICATE_PERIOD", "each month may be listed once"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        ParticipantFacts facts = participants.lockForPayment(body.participantId())
                .orElseThrow(() -> new ProblemException(422, "UNKNOWN_PARTICIPANT", "Unknown participant",
                        "no participant has this id", List.of(new FieldError("/participantId", "UNKNOWN_PARTICIPANT",
                        "no participant has this id"))));
        Ledger ledger = ledgers.of(facts);
        MonthSelection selection = body.months() != null ? OwnPayment.oldest(ledger, body.months())
                : OwnPayment.periods(ledger, body.periods());
        if (selection instanceof MonthSelection.Refused refused) {
            throw ProblemException.refused(refused.reason(), "The months cannot be paid", refused.pointer(),
                    refused.detail());
        }
        List<YearMonth> settled = ((MonthSelection.Accepted) selection).months();
        return settleOwn(facts, ledger, settled, body.amount(), body.channel(), null, body.externalReference());
    }

    /**
     * A registered channel's payment of the months its inquiry read back: they must still be the participant's oldest
     * open months at the amounts the inquiry told, or the payer must inquire again.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Receipt payByChannel(ChannelPayment payment) {
        ParticipantFacts facts = participants.lockForPayment(payment.participantId()).orElseThrow();
        Ledger ledger = ledgers.of(facts);
        MonthSelection selection = OwnPayment.periods(ledger, payment.months());
        long now = selection instanceof MonthSelection.Accepted accepted
                ? accepted.months().stream().map(ledger::ownPrice).mapToLong(MonthPrice::net).sum() : -1;
        if (now != payment.amount()) {
            throw new ProblemException(409, "INQUIRY_STALE", "The amounts changed since the inquiry",
                    "these months are no longer due at the inquired amounts (paid elsewhere, or the tariff changed);"
                            + " make a new inquiry");
        }
        return settleOwn(facts, ledger, payment.months(), payment.amount(), payment.channel(), payment.channelId(),
                payment.transactionId());
    }

    /** What a registered channel pays: the inquired months, their total, and the channel's own transaction id. */
    public record ChannelPayment(UUID participantId, List<YearMonth> months, long amount, Channel channel,
                                 UUID channelId, String transactionId) {
    }

    private Receipt settleOwn(ParticipantFacts facts, Ledger ledger, List<YearMonth> settled, long amount,
                              Channel channel, UUID channelId, String externalReference) {
        List<MonthPrice> prices = settled.stream().map(ledger::ownPrice).toList();
        long expected = prices.stream().mapToLong(MonthPrice::net).sum();
        if (amount != expected) {
            throw new ProblemException(422, "AMOUNT_MISMATCH", "The amount is not what is due",
                    "Rp" + expected + " is due for " + settled.stream().map(YearMonth::toString)
                            .collect(Collectors.joining(", ")) + "; the payment said Rp" + amount,
                    List.of(new FieldError("/amount", "AMOUNT_MISMATCH", "expected " + expected)));
        }
        Payment payment = newPayment(facts.id(), channel, Funding.SELF, expected);
        payment.channelId = channelId;
        payment.externalReference = externalReference;
        List<PaidLine> lines = new ArrayList<>();
        prices.forEach(price -> lines.addAll(PaidLine.of(payment, price)));
        Ledger after = recordStanding(facts, ledger, payment, lines);
        persist(payment, ReceiptSeries.BPU, lines);
        Receipt receipt = Receipts.of(payment, Receipts.lines(lines), facts.membershipNumber(),
                after.statusOn(payment.paidOn), after.paidThrough(), null);
        audit.write("contribution.payment", "participant", facts.id(), null, receipt);
        metrics.paid(channel, Funding.SELF, expected);
        outbox.emit("contribution.paid", facts.id(), List.of(), paid(payment, receipt.periods()));
        return receipt;
    }

    /**
     * Settles one participant-month that a payer sponsors, as part of that payer's bulk payment: a payment of its
     * own with a receipt, at the payer's rate. Runs in the bulk payment's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String settleForPayer(UUID payerId, UUID payerPaymentId, Funding funding, UUID participantId,
                                 MonthPrice price) {
        ParticipantFacts facts = participants.lockForPayment(participantId).orElseThrow();
        Payment payment = newPayment(participantId, Channel.PAYER, funding, price.net());
        payment.payerId = payerId;
        payment.payerPaymentId = payerPaymentId;
        List<PaidLine> lines = PaidLine.of(payment, price);
        recordStanding(facts, ledgers.of(facts), payment, lines);
        persist(payment, ReceiptSeries.BPP, lines);
        metrics.paid(Channel.PAYER, funding, price.net());
        outbox.emit("contribution.paid", participantId, List.of(payerId), paid(payment, List.of(price.month())));
        return payment.receiptNumber;
    }

    /** What contribution.paid tells: the receipt and its months, never a NIK. */
    private static Map<String, Object> paid(Payment payment, List<YearMonth> periods) {
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("participantId", payment.participantId);
        data.put("receiptNumber", payment.receiptNumber);
        data.put("periods", periods);
        data.put("amount", payment.amount);
        data.put("channel", payment.channel);
        if (payment.channelId != null) {
            data.put("channelId", payment.channelId);
        }
        data.put("funding", payment.funding);
        data.put("paidOn", payment.paidOn);
        if (payment.payerId != null) {
            data.put("payerId", payment.payerId);
        }
        return data;
    }

    /** The participant's stored standing, for list queries and the history, as the ledger now reads it. */
    Ledger recordStanding(ParticipantFacts facts) {
        Ledger after = ledgers.of(facts);
        memberships.recordStanding(facts.id(), after.paidThrough(), after.lapsesOn());
        return after;
    }

    /**
     * The standing once these lines are paid, from the ledger already read (nothing read back), recorded before the
     * payment is numbered: the receipt counter is the one row every payment of the day waits for, so it is taken as
     * late as possible and held for as few statements as possible.
     */
    private Ledger recordStanding(ParticipantFacts facts, Ledger before, Payment payment, List<PaidLine> lines) {
        Ledger after = before.plus(lines.stream().map(l -> l.contribution(payment)).toList());
        memberships.recordStanding(facts.id(), after.paidThrough(), after.lapsesOn());
        return after;
    }

    private Payment newPayment(UUID participantId, Channel channel, Funding funding, long amount) {
        Payment payment = new Payment();
        payment.id = Ids.newId();
        payment.paidAt = clock.instant();
        payment.paidOn = LocalDate.now(clock);
        payment.participantId = participantId;
        payment.channel = channel;
        payment.funding = funding;
        payment.amount = amount;
        return payment;
    }

    /**
     * Numbers and writes a payment and its lines; a lost race for a month or a reused transfer reference is a 409
     * (and the receipt number goes back with the rollback).
     */
    private void persist(Payment payment, ReceiptSeries series, List<PaidLine> lines) {
        payment.receiptNumber = payments.nextReceiptNumber(series, payment.paidOn);
        try {
            payments.persist(payment);
            paidLines.persist(lines);
            paidLines.flush();
        } catch (PersistenceException e) {
            if (Constraints.violated(e, "payment_channel_transaction_unique")) {
                throw new ProblemException(409, "DUPLICATE_TRANSACTION_ID", "Transaction already recorded",
                        "this channel's payment with this transactionId is already recorded");
            }
            if (Constraints.violated(e, "external_reference")) {
                throw new ProblemException(409, "DUPLICATE_EXTERNAL_REFERENCE", "Transfer already recorded",
                        "a payment with this channel and externalReference is already recorded");
            }
            if (Constraints.violated(e, "contribution_line")) {
                throw new ProblemException(409, "MONTH_ALREADY_PAID", "Month already paid",
                        "another payment settled one of these months first");
            }
            throw e;
        }
    }
}
