package id.go.bekasikab.bpu.payer;

import id.go.bekasikab.bpu.platform.BusinessMetrics;
import id.go.bekasikab.bpu.contribution.PaymentService;
import id.go.bekasikab.bpu.payer.InvoiceService.Priced;
import id.go.bekasikab.bpu.payer.PayerApi.AllocatedLine;
import id.go.bekasikab.bpu.payer.PayerApi.BulkPayment;
import id.go.bekasikab.bpu.payer.PayerApi.CreditKind;
import id.go.bekasikab.bpu.payer.PayerApi.Reconciliation;
import id.go.bekasikab.bpu.platform.AuditLog;
import id.go.bekasikab.bpu.platform.Outbox;
import id.go.bekasikab.bpu.platform.Constraints;
import id.go.bekasikab.bpu.platform.FieldError;
import id.go.bekasikab.bpu.platform.Ids;
import id.go.bekasikab.bpu.platform.ProblemException;
import id.go.bekasikab.bpu.platform.RequestValidation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A payer's bulk payment against its invoices, together with the payer's credit from earlier over-payments. Allocation order (documented in the contract): month ascending, then
 * membership number ascending, whole lines only. An exact or larger amount settles every line (the rest is payer
 * credit); a smaller one settles nothing and reports the shortfall, unless {@code allowPartial}, which settles lines
 * in that order while the money lasts and keeps what is left as credit. {@code dryRun} answers the same without
 * writing anything.
 */
@ApplicationScoped
public class PayerPaymentService {

    static final String SCOPE = "payer-payment";

    private final BusinessMetrics metrics;
    private final PayerService payers;
    private final InvoiceService invoices;
    private final PaymentService contributions;
    private final RequestValidation validation;
    private final PayerPaymentRepository paymentsMade;
    private final AuditLog audit;
    private final Outbox outbox;
    private final PayerCredit credit;
    private final Clock clock;

    PayerPaymentService(PayerService payers, InvoiceService invoices, PaymentService contributions,
                        RequestValidation validation, PayerPaymentRepository paymentsMade,
                        AuditLog audit, Outbox outbox, PayerCredit credit, Clock clock, BusinessMetrics metrics) {
        this.metrics = metrics;
        this.payers = payers;
        this.invoices = invoices;
        this.contributions = contributions;
        this.validation = validation;
        this.paymentsMade = paymentsMade;
        this.audit = audit;
        this.outbox = outbox;
        this.credit = credit;
        this.clock = clock;
    }

    @Transactional
    public Reconciliation pay(UUID payerId, BulkPayment body) {
        Payer payer = payers.visible(payerId);
        List<FieldError> errors = new ArrayList<>(validation.errorsOf(body));
        if (body != null && body.months() != null && !body.months().contains(null)
                && body.months().stream().distinct().count() != body.months().size()) {
            errors.add(new FieldError("/months", "DUPLICATE_PERIOD", "each month may be listed once"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        boolean dryRun = Boolean.TRUE.equals(body.dryRun());
        if (!dryRun) {
            credit.lock(payerId);
        }
        long available = credit.balance(payerId);
        if (paymentsMade.transferRecorded(payerId, body.transferReference())) {
            throw duplicateTransfer();
        }
        List<Priced> open = invoices.lines(payer, body.months()).stream().filter(l -> !l.line().paid()).toList();
        List<YearMonth> skipped = open.stream().flatMap(l -> l.owedBefore().stream())
                .filter(m -> !body.months().contains(m)).distinct().sorted().toList();
        if (!skipped.isEmpty()) {
            throw earlierMonthOpen(skipped);
        }
        long due = open.stream().mapToLong(l -> l.line().amount()).sum();
        List<Priced> settled = new ArrayList<>();
        // the payer's earlier credit is spent first, in the same allocation order, before the transfer's money
        long funds = body.amount() + available;
        long remaining = funds;
        if (funds >= due) {
            settled.addAll(open);
            remaining -= due;
        } else if (Boolean.TRUE.equals(body.allowPartial())) {
            for (Priced line : open) {
                if (line.line().amount() > remaining) {
                    break;
                }
                settled.add(line);
                remaining -= line.line().amount();
            }
        } else {
            throw new ProblemException(422, "SHORTFALL", "The amount does not cover the invoices",
                    "Rp" + due + " is due for " + body.months().stream().sorted().map(YearMonth::toString)
                            .collect(Collectors.joining(", ")) + (available > 0 ? "; with the payer's credit of Rp"
                            + available + " the transfer is Rp" : "; the transfer is Rp") + (due - funds)
                            + " short. Send allowPartial: true to settle whole lines in order.",
                    List.of(new FieldError("/amount", "SHORTFALL", "short by " + (due - funds))));
        }
        List<Priced> unsettled = open.subList(settled.size(), open.size());
        long settledAmount = funds - remaining;
        long shortfall = due - settledAmount;
        long creditApplied = Math.max(0, settledAmount - body.amount());
        long leftOver = Math.max(0, body.amount() - settledAmount);
        List<YearMonth> months = body.months().stream().distinct().sorted().toList();
        if (dryRun) {
            return new Reconciliation(null, payerId, body.transferReference(), months, body.amount(),
                    settledAmount, leftOver, shortfall, true, allocated(settled, List.of()), allocated(unsettled, null),
                    null, creditApplied);
        }

        PayerPayment payment = new PayerPayment();
        payment.id = Ids.newId();
        payment.payerId = payerId;
        payment.transferReference = body.transferReference();
        payment.months = months.stream().map(m -> m.atDay(1)).toList();
        payment.amount = body.amount();
        payment.settledAmount = settledAmount;
        payment.credit = leftOver;
        payment.creditApplied = creditApplied;
        payment.unsettled = allocated(unsettled, null);
        payment.paidAt = clock.instant();
        try {
            paymentsMade.persistAndFlush(payment);
        } catch (PersistenceException e) {
            throw Constraints.violated(e, "payer_payment_transfer_unique") ? duplicateTransfer() : e;
        }
        List<String> receipts = new ArrayList<>();
        for (Priced line : settled) {
            receipts.add(contributions.settleForPayer(payerId, payment.id, payer.fundingSource.funding(),
                    line.line().participantId(), line.price()));
        }
        credit.record(payerId, CreditKind.APPLIED, creditApplied, payment.id, null, payment.transferReference);
        credit.record(payerId, CreditKind.EARNED, leftOver, payment.id, null, payment.transferReference);
        Reconciliation report = new Reconciliation(payment.id, payerId, payment.transferReference, months,
                payment.amount, settledAmount, leftOver, shortfall, false, allocated(settled, receipts),
                allocated(unsettled, null), payment.paidAt, creditApplied);
        audit.write("payer.payment", "payer", payerId, null, report);
        metrics.payerPayment(payment.amount, settledAmount);
        outbox.emit("payer-payment.settled", null, List.of(payerId), Map.of("paymentId", payment.id, "payerId", payerId,
                "transferReference", payment.transferReference, "amount", payment.amount,
                "settledAmount", settledAmount, "credit", leftOver, "creditApplied", creditApplied,
                "lines", settled.size()));
        return report;
    }

    /** The reconciliation report of a past bulk payment: which lines it settled, which it did not, the credit. */
    @Transactional
    public Optional<Reconciliation> report(UUID payerId, UUID paymentId) {
        PayerPayment payment = paymentsMade.findById(paymentId);
        if (payment == null || !payment.payerId.equals(payerId) || !payers.visibleTo(payerId)) {
            return Optional.empty();
        }
        List<AllocatedLine> settled = paymentsMade.settledLines(paymentId);
        List<YearMonth> months = payment.months.stream().map(YearMonth::from).toList();
        long due = payment.settledAmount + payment.unsettled.stream().mapToLong(AllocatedLine::amount).sum();
        return Optional.of(new Reconciliation(payment.id, payerId, payment.transferReference, months, payment.amount,
                payment.settledAmount, payment.credit, due - payment.settledAmount, false, settled,
                payment.unsettled, payment.paidAt, payment.creditApplied));
    }

    private static List<AllocatedLine> allocated(List<Priced> lines, List<String> receipts) {
        List<AllocatedLine> result = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            var l = lines.get(i).line();
            result.add(new AllocatedLine(l.participantId(), l.membershipNumber(), l.month(), l.programmes(), l.amount(),
                    receipts == null || receipts.isEmpty() ? null : receipts.get(i)));
        }
        return result;
    }

    private static ProblemException earlierMonthOpen(List<YearMonth> skipped) {
        String months = skipped.stream().map(YearMonth::toString).collect(Collectors.joining(", "));
        return new ProblemException(422, "EARLIER_MONTH_OPEN", "An earlier month is still owed",
                "the payer still owes " + months + " for participants of these invoices; months are settled oldest"
                        + " first (a later month paid alone would leave a hole no one could pay). Pay " + months
                        + " first, or list them in the same payment.",
                List.of(new FieldError("/months", "EARLIER_MONTH_OPEN", "include " + months)));
    }

    private static ProblemException duplicateTransfer() {
        return new ProblemException(409, "DUPLICATE_TRANSFER_REFERENCE", "Transfer already recorded",
                "this payer's transfer with this reference was already recorded; it never pays twice");
    }
}
