package id.go.bekasikab.bpu.contribution;

import id.go.bekasikab.bpu.contribution.ContributionApi.CoverageAnswer;
import id.go.bekasikab.bpu.contribution.ContributionApi.Line;
import id.go.bekasikab.bpu.contribution.ContributionApi.PaymentRequest;
import id.go.bekasikab.bpu.contribution.ContributionApi.Quote;
import id.go.bekasikab.bpu.contribution.ContributionApi.QuoteLine;
import id.go.bekasikab.bpu.contribution.ContributionApi.Receipt;
import id.go.bekasikab.bpu.contribution.ContributionApi.Statement;
import id.go.bekasikab.bpu.contribution.ContributionApi.StatementMonth;
import id.go.bekasikab.bpu.contribution.ContributionApi.Summary;
import id.go.bekasikab.bpu.contribution.ReferenceDataService.ReferenceData;
import id.go.bekasikab.bpu.participant.ParticipantFacts;
import id.go.bekasikab.bpu.participant.ParticipantService;
import id.go.bekasikab.bpu.payer.SponsorshipFacts;
import id.go.bekasikab.bpu.payer.SponsorshipService;
import id.go.bekasikab.bpu.platform.AuditLog;
import id.go.bekasikab.bpu.platform.Constraints;
import id.go.bekasikab.bpu.platform.FieldError;
import id.go.bekasikab.bpu.platform.Ids;
import id.go.bekasikab.bpu.platform.Idempotency;
import id.go.bekasikab.bpu.platform.ProblemException;
import id.go.bekasikab.bpu.platform.QueryParams;
import id.go.bekasikab.bpu.platform.RequestValidation;
import id.go.bekasikab.bpu.rules.Coverage;
import id.go.bekasikab.bpu.rules.DueDates;
import id.go.bekasikab.bpu.rules.Funding;
import id.go.bekasikab.bpu.rules.Membership;
import id.go.bekasikab.bpu.rules.MembershipStatus;
import id.go.bekasikab.bpu.rules.MonthPrice;
import id.go.bekasikab.bpu.rules.MonthStatus;
import id.go.bekasikab.bpu.rules.Occupation;
import id.go.bekasikab.bpu.rules.PricedLine;
import id.go.bekasikab.bpu.rules.Pricing;
import id.go.bekasikab.bpu.rules.Programme;
import id.go.bekasikab.bpu.rules.ProgrammeSelection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class ContributionService {

    static final String PAYMENT_SCOPE = "contribution-payment";
    private static final int MAX_STATEMENT_MONTHS = 36;
    private static final long MAX_QUOTE_INCOME = 1_000_000_000L;

    private final ParticipantService participants;
    private final SponsorshipService sponsorships;
    private final ReferenceDataService reference;
    private final PaymentRepository payments;
    private final PaidLineRepository paidLines;
    private final Idempotency idempotency;
    private final RequestValidation validation;
    private final AuditLog audit;
    private final Clock clock;
    private final int maxMonthsAhead;

    ContributionService(ParticipantService participants, SponsorshipService sponsorships,
                        ReferenceDataService reference, PaymentRepository payments,
                        PaidLineRepository paidLines, Idempotency idempotency, RequestValidation validation,
                        AuditLog audit, Clock clock,
                        @ConfigProperty(name = "bpu.contributions.max-months-ahead") int maxMonthsAhead) {
        this.participants = participants;
        this.sponsorships = sponsorships;
        this.reference = reference;
        this.payments = payments;
        this.paidLines = paidLines;
        this.idempotency = idempotency;
        this.validation = validation;
        this.audit = audit;
        this.clock = clock;
        this.maxMonthsAhead = maxMonthsAhead;
    }

    // ---- Quotes ------------------------------------------------------------------------------------------------

    /** A quote for anyone, before registering: no participant and, between reference-data reloads, no database. */
    public Quote quote(String declaredIncome, String programmes, String occupation, String funding, String month) {
        List<FieldError> errors = new ArrayList<>();
        Long income = null;
        if (declaredIncome == null) {
            errors.add(new FieldError("declaredIncome", "REQUIRED", "is required"));
        } else {
            try {
                income = Long.valueOf(declaredIncome);
                if (income < 0 || income > MAX_QUOTE_INCOME) {
                    errors.add(new FieldError("declaredIncome", "OUT_OF_RANGE", "must be 0 to 1000000000"));
                }
            } catch (NumberFormatException e) {
                errors.add(new FieldError("declaredIncome", "WRONG_TYPE", "must be a whole number of rupiah"));
            }
        }
        Set<Programme> chosen = EnumSet.of(Programme.JKK, Programme.JKM);
        if (programmes != null) {
            try {
                List<Programme> requested = Arrays.stream(programmes.split(",")).map(String::strip)
                        .map(Programme::valueOf).toList();
                ProgrammeSelection.check(requested).ifPresent(r ->
                        errors.add(new FieldError("programmes", r.name(), r.message())));
                chosen = ProgrammeSelection.of(requested);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("programmes", "UNKNOWN_ENUM_VALUE", "a comma-separated list of JKK, JKM, JHT"));
            }
        }
        Occupation job = QueryParams.enumValue(Occupation.class, "occupation", occupation, Occupation.LAINNYA, errors);
        Funding payer = QueryParams.enumValue(Funding.class, "funding", funding, Funding.SELF, errors);
        YearMonth current = YearMonth.now(clock);
        YearMonth quoted = QueryParams.month("month", month, current, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        ReferenceData data = reference.current();
        MonthPrice price = Pricing.price(data.tariff(), data.discounts(), income, chosen, job.sector(), payer, quoted);
        return new Quote(quoted, income, price.incomeBasis(), job.sector(), payer,
                price.lines().stream().map(l -> new QuoteLine(l.programme(), l.gross(), l.discount(), l.net())).toList(),
                price.gross(), price.discount(), price.net());
    }

    // ---- Statements --------------------------------------------------------------------------------------------

    @Transactional
    public Statement statement(UUID participantId, String from, String to) {
        ParticipantFacts facts = participants.requireVisible(participantId);
        Ledger ledger = ledgerOf(facts);
        List<FieldError> errors = new ArrayList<>();
        YearMonth last = ledger.paidThrough() != null && ledger.paidThrough().isAfter(ledger.current())
                ? ledger.paidThrough() : ledger.current();
        YearMonth end = QueryParams.month("to", to, last, errors);
        YearMonth start = QueryParams.month("from", from, null, errors);
        if (errors.isEmpty()) {
            if (start == null) {
                YearMonth earliest = end.minusMonths(MAX_STATEMENT_MONTHS - 1);
                start = facts.registeredMonth().isBefore(earliest) ? earliest : facts.registeredMonth();
            }
            if (start.isAfter(end)) {
                errors.add(new FieldError("from", "OUT_OF_RANGE", "must not be after to"));
            } else if (start.plusMonths(MAX_STATEMENT_MONTHS).isBefore(end.plusMonths(1))) {
                errors.add(new FieldError("from", "OUT_OF_RANGE", "a statement covers at most 36 months"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        List<StatementMonth> months = new ArrayList<>();
        int arrears = 0;
        long dueNow = 0;
        for (YearMonth m = start; !m.isAfter(end); m = m.plusMonths(1)) {
            StatementMonth line = ledger.line(m);
            months.add(line);
        }
        for (YearMonth m = ledger.billableFrom(); !m.isAfter(ledger.current()); m = m.plusMonths(1)) {
            StatementMonth line = ledger.line(m);
            if (line.status() == MonthStatus.OVERDUE) {
                arrears++;
            }
            if ((line.status() == MonthStatus.OVERDUE || line.status() == MonthStatus.DUE) && line.ownShare() != null) {
                dueNow += line.ownShare();
            }
        }
        Summary summary = new Summary(ledger.status(), ledger.paidThrough(), arrears, dueNow, ledger.protectedUntil(),
                ledger.status() == MembershipStatus.ACTIVE ? facts.lapsesOn() : null);
        return new Statement(participantId, start, end, months, summary);
    }

    // ---- Payments ----------------------------------------------------------------------------------------------

    /** Settles months and issues a receipt; the idempotency record completes in the same transaction. */
    @Transactional
    public Idempotency.Completed pay(PaymentRequest body, Idempotency.Call call) {
        List<FieldError> errors = new ArrayList<>(validation.errorsOf(body));
        if (body != null && (body.months() == null) == (body.periods() == null)) {
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
        if (facts.closedOn() != null) {
            throw new ProblemException(422, "MEMBERSHIP_CLOSED", "The membership is closed",
                    "an approved death or total-disability claim closed this membership; it takes no more payments");
        }
        Ledger ledger = ledgerOf(facts);
        List<YearMonth> settled = body.months() != null ? ledger.oldestOpen(body.months()) : ledger.check(body.periods());

        List<MonthPrice> prices = settled.stream().map(ledger::price).toList();
        long expected = prices.stream().mapToLong(MonthPrice::net).sum();
        if (body.amount() != expected) {
            throw new ProblemException(422, "AMOUNT_MISMATCH", "The amount is not what is due",
                    "Rp" + expected + " is due for " + settled.stream().map(YearMonth::toString)
                            .collect(Collectors.joining(", ")) + "; the payment said Rp" + body.amount(),
                    List.of(new FieldError("/amount", "AMOUNT_MISMATCH", "expected " + expected)));
        }

        Payment payment = new Payment();
        payment.id = Ids.newId();
        payment.paidAt = clock.instant();
        payment.paidOn = LocalDate.now(clock);
        payment.receiptNumber = payments.nextReceiptNumber(payment.paidOn);
        payment.participantId = facts.id();
        payment.channel = body.channel();
        payment.externalReference = body.externalReference();
        payment.funding = Funding.SELF;
        payment.amount = expected;
        List<PaidLine> lines = new ArrayList<>();
        prices.forEach(price -> lines.addAll(linesOf(payment, price)));
        persist(payment, lines);
        YearMonth paidThrough = recordPaidThrough(facts, ledger, settled);
        Receipt receipt = receiptOf(payment, lines, facts.membershipNumber(),
                Membership.statusOn(payment.paidOn, paidThrough, Membership.lapsesOn(paidThrough,
                        reference.current().holidays())), paidThrough);
        audit.write("contribution.payment", "participant", facts.id(), null, receipt);
        return idempotency.complete(call, 201, receipt, "v1/receipts/" + payment.receiptNumber);
    }

    /**
     * Settles one participant-month that a payer sponsors, as part of that payer's bulk payment: a payment of its
     * own with a receipt, at the payer's rate. Runs in the bulk payment's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String settleForPayer(UUID payerId, UUID payerPaymentId, Funding funding, UUID participantId,
                                 YearMonth month, MonthPrice price) {
        ParticipantFacts facts = participants.lockForPayment(participantId).orElseThrow();
        Payment payment = new Payment();
        payment.id = Ids.newId();
        payment.paidAt = clock.instant();
        payment.paidOn = LocalDate.now(clock);
        payment.receiptNumber = payments.nextReceiptNumber(payment.paidOn);
        payment.participantId = participantId;
        payment.channel = Channel.PAYER;
        payment.funding = funding;
        payment.payerId = payerId;
        payment.payerPaymentId = payerPaymentId;
        payment.amount = price.net();
        List<PaidLine> lines = linesOf(payment, price);
        persist(payment, lines);
        Set<Programme> paidNow = lines.stream().map(l -> l.programme).collect(Collectors.toSet());
        if (paidNow.containsAll(List.of(Programme.JKK, Programme.JKM))
                && (facts.paidThrough() == null || month.isAfter(facts.paidThrough()))) {
            participants.recordPaidThrough(participantId, month, Membership.lapsesOn(month, reference.current().holidays()));
        }
        return payment.receiptNumber;
    }

    /** The participant's paid-through month after a payment: the latest month whose JKK and JKM are paid. */
    private YearMonth recordPaidThrough(ParticipantFacts facts, Ledger ledger, List<YearMonth> settled) {
        YearMonth paidThrough = ledger.paidThrough();
        for (YearMonth month : settled) {
            boolean covered = ledger.isPaid(month) || ledger.selfProgrammes(month).containsAll(
                    List.of(Programme.JKK, Programme.JKM));
            if (covered && (paidThrough == null || month.isAfter(paidThrough))) {
                paidThrough = month;
            }
        }
        if (paidThrough != null && !paidThrough.equals(ledger.paidThrough())) {
            participants.recordPaidThrough(facts.id(), paidThrough,
                    Membership.lapsesOn(paidThrough, reference.current().holidays()));
        }
        return paidThrough;
    }

    private static List<PaidLine> linesOf(Payment payment, MonthPrice price) {
        return price.lines().stream().map(l -> {
            PaidLine line = new PaidLine();
            line.participantId = payment.participantId;
            line.period = price.month().atDay(1);
            line.programme = l.programme();
            line.paymentId = payment.id;
            line.incomeBasis = price.incomeBasis();
            line.gross = l.gross();
            line.discount = l.discount();
            line.net = l.net();
            return line;
        }).toList();
    }

    @Transactional
    public Optional<Receipt> receipt(String receiptNumber) {
        return payments.findByReceiptNumber(receiptNumber).filter(p -> participants.visible(p.participantId))
                .map(payment -> {
            ParticipantFacts facts = participants.facts(payment.participantId).orElseThrow();
            Ledger ledger = ledgerOf(facts);
            return receiptOf(payment, paidLines.ofPayment(payment.id), facts.membershipNumber(), ledger.status(),
                    ledger.paidThrough());
        });
    }

    /** Every receipt of a participant, oldest first. */
    @Transactional
    public List<Receipt> receiptsOf(UUID participantId) {
        ParticipantFacts facts = participants.requireVisible(participantId);
        Ledger ledger = ledgerOf(facts);
        return payments.list("participantId = ?1 order by paidAt", participantId).stream()
                .map(p -> receiptOf(p, paidLines.ofPayment(p.id), facts.membershipNumber(), ledger.status(),
                        ledger.paidThrough())).toList();
    }

    // ---- Coverage ----------------------------------------------------------------------------------------------

    @Transactional
    public CoverageAnswer coverage(UUID participantId, String date) {
        ParticipantFacts facts = participants.requireVisible(participantId);
        Ledger ledger = ledgerOf(facts);
        LocalDate day = date == null ? ledger.today() : QueryParams.day("date", date);
        List<Programme> covered = ledger.coveredOn(day);
        boolean isProtected = covered.containsAll(List.of(Programme.JKK, Programme.JKM));
        return new CoverageAnswer(day, isProtected, covered, ledger.paidThrough(), ledger.status(),
                isProtected ? null : ledger.whyNotCovered(day));
    }

    // ---- What claims need to know --------------------------------------------------------------------------------

    /** A contribution a claim's approval turns into a refund: paid for a month after the death or disability. */
    public record Refund(YearMonth month, long amount, UUID payerId, String receiptNumber) {
    }

    /** The programmes protecting the participant on a day (the event date of a claim). */
    @Transactional
    public List<Programme> coveredOn(UUID participantId, LocalDate day) {
        return ledgerOf(participants.facts(participantId).orElseThrow()).coveredOn(day);
    }

    /** How many months of a programme were paid up to and including a month. */
    @Transactional
    public int paidMonths(UUID participantId, Programme programme, YearMonth upTo) {
        return (int) paidLines.ofParticipant(participantId).stream()
                .filter(l -> l.programme == programme && !YearMonth.from(l.period).isAfter(upTo)).count();
    }

    /** The income basis a month was paid on (benefits use the undiscounted basis), if it was paid. */
    @Transactional
    public Optional<Long> paidBasis(UUID participantId, YearMonth month) {
        return paidLines.ofParticipant(participantId).stream()
                .filter(l -> YearMonth.from(l.period).equals(month)).map(l -> l.incomeBasis).findFirst();
    }

    /** JHT contributions by month, for the balance. */
    @Transactional
    public Map<YearMonth, Long> jhtContributions(UUID participantId) {
        return paidLines.ofParticipant(participantId).stream().filter(l -> l.programme == Programme.JHT)
                .collect(Collectors.toMap(l -> YearMonth.from(l.period), l -> l.net, Long::sum, TreeMap::new));
    }

    /** What was paid for months after {@code month}, by payment, to be refunded to whoever paid it. */
    @Transactional
    public List<Refund> paidAfter(UUID participantId, YearMonth month) {
        List<PaidLine> later = paidLines.ofParticipant(participantId).stream()
                .filter(l -> YearMonth.from(l.period).isAfter(month)).toList();
        Map<UUID, Payment> byId = payments.byIds(later.stream().map(l -> l.paymentId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
        Map<String, Refund> refunds = new java.util.LinkedHashMap<>();
        for (PaidLine line : later) {
            Payment payment = byId.get(line.paymentId);
            String key = line.period + "/" + payment.id;
            Refund sum = refunds.get(key);
            refunds.put(key, new Refund(YearMonth.from(line.period), (sum == null ? 0 : sum.amount()) + line.net,
                    payment.payerId, payment.receiptNumber));
        }
        return List.copyOf(refunds.values());
    }

    // ---- The ledger of one participant ------------------------------------------------------------------------

    private Ledger ledgerOf(ParticipantFacts facts) {
        List<PaidLine> lines = paidLines.ofParticipant(facts.id());
        Map<UUID, Payment> paymentsById = payments.byIds(lines.stream().map(l -> l.paymentId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
        return new Ledger(facts, lines, paymentsById, sponsorships.sponsorshipsOf(facts.id()), reference.current(),
                LocalDate.now(clock), maxMonthsAhead);
    }

    /** What a participant has paid and owes, at one moment: the rules applied to their payments. */
    private static final class Ledger {

        private final ParticipantFacts facts;
        private final ReferenceData data;
        private final LocalDate today;
        private final YearMonth current;
        private final YearMonth lastPayable;
        private final MembershipStatus status;
        private final YearMonth billableFrom;
        /** Paid lines by month, then programme. */
        private final TreeMap<YearMonth, Map<Programme, PaidLine>> paid = new TreeMap<>();
        private final Map<UUID, Payment> payments;
        private final List<SponsorshipFacts> sponsorships;

        Ledger(ParticipantFacts facts, List<PaidLine> lines, Map<UUID, Payment> payments,
               List<SponsorshipFacts> sponsorships, ReferenceData data, LocalDate today, int maxMonthsAhead) {
            this.facts = facts;
            this.sponsorships = sponsorships;
            this.data = data;
            this.today = today;
            this.payments = payments;
            this.current = YearMonth.from(today);
            this.lastPayable = current.plusMonths(maxMonthsAhead);
            lines.forEach(l -> paid.computeIfAbsent(YearMonth.from(l.period), m -> new TreeMap<>()).put(l.programme, l));
            this.status = Membership.statusOn(today, facts.paidThrough(), facts.lapsesOn(), facts.closedOn());
            this.billableFrom = Membership.billableFrom(status, facts.paidThrough(), current);
        }

        LocalDate today() {
            return today;
        }

        YearMonth current() {
            return current;
        }

        MembershipStatus status() {
            return status;
        }

        YearMonth paidThrough() {
            return facts.paidThrough();
        }

        YearMonth billableFrom() {
            YearMonth registered = facts.registeredMonth();
            return billableFrom.isBefore(registered) ? registered : billableFrom;
        }

        boolean isPaid(YearMonth month) {
            Map<Programme, PaidLine> lines = paid.get(month);
            return lines != null && lines.containsKey(Programme.JKK) && lines.containsKey(Programme.JKM);
        }

        Optional<SponsorshipFacts> sponsorOf(YearMonth month, Programme programme) {
            return sponsorships.stream().filter(s -> s.covers(month, programme)).findFirst();
        }

        /** The programmes the participant pays for themself in a month: those no payer covers. */
        Set<Programme> selfProgrammes(YearMonth month) {
            Set<Programme> own = EnumSet.noneOf(Programme.class);
            facts.programmes().stream().filter(p -> sponsorOf(month, p).isEmpty()).forEach(own::add);
            return own;
        }

        /** The participant's own share of a month, at their own (SELF) rate. */
        MonthPrice price(YearMonth month) {
            return Pricing.price(data.tariff(), data.discounts(), facts.declaredIncome(), selfProgrammes(month),
                    facts.sector(), Funding.SELF, month);
        }

        /** The whole month, each programme at the rate of whoever owes it (a payer's funding may bar a discount). */
        MonthPrice fullPrice(YearMonth month) {
            List<PricedLine> lines = new ArrayList<>(price(month).lines());
            Map<SponsorshipFacts, Set<Programme>> sponsored = new java.util.LinkedHashMap<>();
            facts.programmes().forEach(p -> sponsorOf(month, p).ifPresent(s ->
                    sponsored.computeIfAbsent(s, k -> EnumSet.noneOf(Programme.class)).add(p)));
            sponsored.forEach((sponsor, programmes) -> lines.addAll(Pricing.price(data.tariff(), data.discounts(),
                    facts.declaredIncome(), programmes, facts.sector(), sponsor.funding(), month).lines()));
            lines.sort(java.util.Comparator.comparing(PricedLine::programme));
            return new MonthPrice(month, price(month).incomeBasis(), lines);
        }

        /** Whether the participant still owes their own share of a month: they have not paid any of it yet. */
        boolean selfOwes(YearMonth month) {
            if (selfProgrammes(month).isEmpty()) {
                return false;
            }
            Map<Programme, PaidLine> lines = paid.get(month);
            return lines == null || lines.values().stream()
                    .noneMatch(l -> payments.get(l.paymentId).funding == Funding.SELF);
        }

        LocalDate dueDate(YearMonth month) {
            return DueDates.of(month, data.holidays());
        }

        MonthStatus statusOf(YearMonth month) {
            return Membership.monthStatus(month, isPaid(month), status, facts.registeredMonth(), billableFrom,
                    lastPayable, dueDate(month), today);
        }

        StatementMonth line(YearMonth month) {
            MonthStatus monthStatus = statusOf(month);
            LocalDate due = dueDate(month);
            if (monthStatus == MonthStatus.PAID) {
                Map<Programme, PaidLine> lines = paid.get(month);
                PaidLine any = lines.values().iterator().next();
                Payment payment = payments.get(lines.get(Programme.JKK).paymentId);
                return new StatementMonth(month, monthStatus, due, List.copyOf(lines.keySet()), any.incomeBasis,
                        sum(lines, l -> l.gross), sum(lines, l -> l.discount), sum(lines, l -> l.net),
                        payment.receiptNumber, payment.paidAt, sponsorIn(month), null);
            }
            if (monthStatus == MonthStatus.NOT_BILLABLE) {
                return new StatementMonth(month, monthStatus, due, List.copyOf(facts.programmes()), null, null, null,
                        null, null, null, sponsorIn(month), null);
            }
            MonthPrice price = fullPrice(month);
            return new StatementMonth(month, monthStatus, due, List.copyOf(facts.programmes()), price.incomeBasis(),
                    price.gross(), price.discount(), price.net(), null, null, sponsorIn(month),
                    selfOwes(month) ? price(month).net() : 0L);
        }

        /** Who pays the month besides the participant, as "payer name (id)" of the first sponsored programme. */
        private StatementMonth.Payer sponsorIn(YearMonth month) {
            List<Programme> sponsored = facts.programmes().stream().filter(p -> sponsorOf(month, p).isPresent()).toList();
            return sponsored.isEmpty() ? null : sponsorOf(month, sponsored.get(0))
                    .map(s -> new StatementMonth.Payer(s.payerId(), s.payerName(), sponsored)).orElse(null);
        }

        /** The oldest open months first (bpu-rules.md §2 [U], by analogy with wage earners). */
        List<YearMonth> open() {
            List<YearMonth> open = new ArrayList<>();
            for (YearMonth m = billableFrom(); !m.isAfter(lastPayable); m = m.plusMonths(1)) {
                if (selfOwes(m)) {
                    open.add(m);
                }
            }
            return open;
        }

        List<YearMonth> oldestOpen(int count) {
            List<YearMonth> open = open();
            if (count > open.size()) {
                throw new ProblemException(422, "TOO_FAR_AHEAD", "Too far ahead",
                        "at most " + open.size() + " months can be paid now (up to " + lastPayable + ")",
                        List.of(new FieldError("/months", "TOO_FAR_AHEAD", "at most " + open.size())));
            }
            return open.subList(0, count);
        }

        /** Explicit periods: each must be payable, and together they must be the oldest open months. */
        List<YearMonth> check(List<YearMonth> periods) {
            List<YearMonth> sorted = periods.stream().sorted().toList();
            for (YearMonth p : sorted) {
                String at = "/periods/" + periods.indexOf(p);
                if (isPaid(p) && !selfOwes(p)) {
                    throw new ProblemException(409, "MONTH_ALREADY_PAID", "Month already paid", p + " is already paid",
                            List.of(new FieldError(at, "MONTH_ALREADY_PAID", p + " is already paid")));
                }
                if (selfProgrammes(p).isEmpty()) {
                    throw rejected(at, "MONTH_SPONSORED", p + " is paid for by "
                            + sponsorOf(p, Programme.JKK).map(SponsorshipFacts::payerName).orElse("a payer"));
                }
                if (p.isBefore(facts.registeredMonth())) {
                    throw rejected(at, "MONTH_BEFORE_REGISTRATION", p + " is before the registration in "
                            + facts.registeredMonth());
                }
                if (p.isAfter(lastPayable)) {
                    throw rejected(at, "TOO_FAR_AHEAD", p + " is more than " + (lastPayable.getYear() * 12
                            + lastPayable.getMonthValue() - current.getYear() * 12 - current.getMonthValue())
                            + " months ahead");
                }
                if (p.isBefore(billableFrom())) {
                    throw status == MembershipStatus.ENDED
                            ? rejected(at, "ARREARS_BEYOND_3_MONTHS", "at most 3 months of arrears may be paid; the"
                            + " membership ended and restarts by paying from " + current)
                            : rejected(at, "MONTH_NOT_BILLABLE", "cover cannot be bought backwards: pay from "
                            + billableFrom());
                }
            }
            List<YearMonth> expected = open().subList(0, Math.min(sorted.size(), open().size()));
            if (!expected.equals(sorted)) {
                throw rejected("/periods", "NOT_OLDEST_OPEN_MONTHS", "the oldest open months are paid first: "
                        + expected.stream().map(YearMonth::toString).collect(Collectors.joining(", ")));
            }
            return sorted;
        }

        /** The programmes protecting on a day (bpu-rules.md §5: by the event date, in a paid month, from cover start). */
        List<Programme> coveredOn(LocalDate day) {
            YearMonth month = YearMonth.from(day);
            Map<Programme, PaidLine> lines = paid.get(month);
            if (lines == null || day.isBefore(facts.registeredOn())) {
                return List.of();
            }
            List<Programme> covered = new ArrayList<>();
            lines.forEach((programme, line) -> coverFrom(month, programme)
                    .filter(from -> !day.isBefore(from)).ifPresent(from -> covered.add(programme)));
            return covered;
        }

        String whyNotCovered(LocalDate day) {
            YearMonth month = YearMonth.from(day);
            if (day.isBefore(facts.registeredOn())) {
                return "BEFORE_REGISTRATION";
            }
            if (isPaid(month)) {
                return "COVER_NOT_STARTED";
            }
            if (facts.paidThrough() == null) {
                return "PENDING_FIRST_PAYMENT";
            }
            if (!day.isBefore(facts.lapsesOn())) {
                return "MEMBERSHIP_ENDED";
            }
            return "MONTH_NOT_PAID";
        }

        /** The last day protected without a break from today, if today is protected. */
        LocalDate protectedUntil() {
            if (!coveredOn(today).containsAll(List.of(Programme.JKK, Programme.JKM))) {
                return null;
            }
            YearMonth last = current;
            YearMonth next = current.plusMonths(1);
            while (isPaid(next) && coverFrom(next, Programme.JKK).equals(Optional.of(next.atDay(1)))) {
                last = next;
                next = next.plusMonths(1);
            }
            return last.atEndOfMonth();
        }

        private Optional<LocalDate> coverFrom(YearMonth month, Programme programme) {
            PaidLine line = paid.get(month).get(programme);
            LocalDate paidOn = payments.get(line.paymentId).paidOn;
            Optional<LocalDate> previous = Optional.ofNullable(paid.get(month.minusMonths(1)))
                    .map(lines -> lines.get(programme))
                    .map(l -> payments.get(l.paymentId).paidOn);
            return Coverage.coverFrom(month, paidOn, previous, dueDate(month));
        }

        private static long sum(Map<Programme, PaidLine> lines, ToLongFunction<PaidLine> f) {
            return lines.values().stream().mapToLong(f).sum();
        }

        private static ProblemException rejected(String pointer, String code, String detail) {
            return new ProblemException(422, code, "The months cannot be paid", detail,
                    List.of(new FieldError(pointer, code, detail)));
        }
    }

    private static Receipt receiptOf(Payment payment, List<PaidLine> lines, String membershipNumber,
                                     MembershipStatus status, YearMonth paidThrough) {
        List<Line> views = lines.stream().map(l -> new Line(YearMonth.from(l.period), l.programme, l.incomeBasis, l.gross,
                l.discount, l.net)).toList();
        List<YearMonth> periods = views.stream().map(Line::period).distinct().sorted().toList();
        return new Receipt(payment.receiptNumber, payment.participantId, membershipNumber, periods, views,
                views.stream().mapToLong(Line::gross).sum(), views.stream().mapToLong(Line::discount).sum(),
                payment.amount, payment.channel, payment.externalReference, payment.paidAt, status, paidThrough);
    }

    /** Writes a payment and its lines; a lost race for a month or a reused transfer reference is a 409. */
    private void persist(Payment payment, List<PaidLine> lines) {
        try {
            payments.persist(payment);
            paidLines.persist(lines);
            paidLines.flush();
        } catch (PersistenceException e) {
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
