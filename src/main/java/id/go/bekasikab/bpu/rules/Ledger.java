package id.go.bekasikab.bpu.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * One participant's membership at one moment, from the facts alone: what was paid, who sponsors what, and a closure.
 * Every question about a month or a day — its status, price, who owes it, whether it is covered, what is due now,
 * until when the member is protected, what is refunded after a closure — is answered here and nowhere else.
 *
 * <p>Built from every paid line, or from those of the months from {@link #horizon} on: older lines change no answer
 * about today or later months (a property test holds the two to agreement).
 */
public final class Ledger {

    private final Member member;
    private final ReferenceData data;
    private final LocalDate today;
    private final YearMonth current;
    private final YearMonth lastPayable;
    private final List<Sponsor> sponsors;
    /** Paid lines by month, then programme. */
    private final TreeMap<YearMonth, Map<Programme, PaidContribution>> paid = new TreeMap<>();
    private final YearMonth paidThrough;
    private final MembershipStatus status;

    public Ledger(Member member, List<PaidContribution> lines, List<Sponsor> sponsors, ReferenceData data,
                  LocalDate today, int maxMonthsAhead) {
        this.member = member;
        this.sponsors = List.copyOf(sponsors);
        this.data = data;
        this.today = today;
        this.current = YearMonth.from(today);
        this.lastPayable = current.plusMonths(maxMonthsAhead);
        lines.forEach(l -> paid.computeIfAbsent(l.month(), m -> new EnumMap<>(Programme.class)).put(l.programme(), l));
        this.paidThrough = paidThroughOn(today);
        this.status = statusOn(today);
    }

    /** This ledger with more paid lines: the standing after a payment, without reading back what it wrote. */
    public Ledger plus(List<PaidContribution> more) {
        List<PaidContribution> lines = new ArrayList<>(more);
        paid.values().forEach(month -> lines.addAll(month.values()));
        return new Ledger(member, lines, sponsors, data, today, (int) current.until(lastPayable, ChronoUnit.MONTHS));
    }

    /** The oldest month whose lines a ledger needs to answer for {@code today} and for the months from {@code from}. */
    public static YearMonth horizon(LocalDate today, YearMonth from) {
        YearMonth window = YearMonth.from(today).minusMonths(Membership.MAX_ARREARS_MONTHS + 2L);
        return from.isBefore(window) ? from : window;
    }

    // ---- Standing ---------------------------------------------------------------------------------------------

    public LocalDate today() { return today; }
    public YearMonth currentMonth() { return current; }
    public Member member() { return member; }

    /** The latest month whose JKK and JKM are paid, or null before the first payment. */
    public YearMonth paidThrough() {
        return paidThrough;
    }

    /** The day the membership lapses if nothing more is paid; null before the first payment. */
    public LocalDate lapsesOn() {
        return paidThrough == null ? null : Membership.lapsesOn(paidThrough, data.holidays());
    }

    public MembershipStatus status() { return status; }

    /** The status on a day, from what had been paid by then; a closure ends it for good (bpu-rules.md §2, §5). */
    public MembershipStatus statusOn(LocalDate day) {
        Closure closure = member.closure();
        if (closure != null && !day.isBefore(closure.endedOn())) {
            return MembershipStatus.ENDED;
        }
        YearMonth through = paidThroughOn(day);
        return Membership.statusOn(day, through, through == null ? null : Membership.lapsesOn(through, data.holidays()));
    }

    /** Closed for good: no cover after the closure, nothing billable, no payment taken. */
    public boolean isClosed() {
        return member.closure() != null && !today.isBefore(member.closure().endedOn());
    }

    private YearMonth paidThroughOn(LocalDate day) {
        YearMonth through = null;
        for (var month : paid.entrySet()) {
            Map<Programme, PaidContribution> lines = month.getValue();
            PaidContribution jkk = lines.get(Programme.JKK);
            PaidContribution jkm = lines.get(Programme.JKM);
            if (jkk != null && jkm != null && !jkk.paidOn().isAfter(day) && !jkm.paidOn().isAfter(day)) {
                through = month.getKey();
            }
        }
        return through;
    }

    // ---- Months -----------------------------------------------------------------------------------------------

    /** The first month that may be billed (bpu-rules.md §2, §3): never before registration. */
    public YearMonth billableFrom() {
        YearMonth from = Membership.billableFrom(status, paidThrough, current);
        return from.isBefore(member.registeredMonth()) ? member.registeredMonth() : from;
    }

    public YearMonth lastPayable() { return lastPayable; }

    /** JKK and JKM of the month are paid. */
    public boolean isPaid(YearMonth month) {
        Map<Programme, PaidContribution> lines = paid.get(month);
        return lines != null && lines.containsKey(Programme.JKK) && lines.containsKey(Programme.JKM);
    }

    public LocalDate dueDate(YearMonth month) {
        return DueDates.of(month, data.holidays());
    }

    public MonthStatus monthStatus(YearMonth month) {
        if (isPaid(month)) {
            if (!ownPartOpen(month)) {
                return MonthStatus.PAID;
            }
            return today.isAfter(dueDate(month)) ? MonthStatus.OVERDUE : MonthStatus.DUE;
        }
        if (isClosed()) {
            return MonthStatus.NOT_BILLABLE;
        }
        return Membership.monthStatus(month, false, status, member.registeredMonth(), billableFrom(), lastPayable,
                dueDate(month), today);
    }

    public boolean isBillable(YearMonth month) {
        MonthStatus s = monthStatus(month);
        return s == MonthStatus.DUE || s == MonthStatus.OVERDUE;
    }

    public Optional<Sponsor> sponsorOf(YearMonth month, Programme programme) {
        return sponsors.stream().filter(s -> s.covers(month, programme)).findFirst();
    }

    /** The programmes the participant pays for themself in a month: those no payer covers. */
    public Set<Programme> ownProgrammes(YearMonth month) {
        Set<Programme> own = EnumSet.noneOf(Programme.class);
        member.programmes().stream().filter(p -> sponsorOf(month, p).isEmpty()).forEach(own::add);
        return own;
    }

    /** The participant's own share of a month, at their own (SELF) rate: their programmes nobody has paid yet. */
    public MonthPrice ownPrice(YearMonth month) {
        Set<Programme> unpaid = ownProgrammes(month);
        unpaid.removeAll(paid.getOrDefault(month, Map.of()).keySet());
        return Pricing.price(data.tariff(), data.discounts(), member.declaredIncome(), unpaid, member.sector(),
                Funding.SELF, month);
    }

    /** What a payer owes for a month: the programmes it sponsors and the member holds, at the payer's rate. */
    public Optional<MonthPrice> payerPrice(YearMonth month, UUID payerId) {
        Set<Programme> programmes = EnumSet.noneOf(Programme.class);
        Funding funding = null;
        for (Programme p : member.programmes()) {
            Optional<Sponsor> sponsor = sponsorOf(month, p).filter(s -> s.payerId().equals(payerId));
            if (sponsor.isPresent()) {
                programmes.add(p);
                funding = sponsor.get().funding();
            }
        }
        return programmes.isEmpty() ? Optional.empty() : Optional.of(Pricing.price(data.tariff(), data.discounts(),
                member.declaredIncome(), programmes, member.sector(), funding, month));
    }

    /** The whole month, each programme at the rate of whoever owes it (a payer's funding may bar a discount). */
    public MonthPrice fullPrice(YearMonth month) {
        List<PricedLine> lines = new ArrayList<>(ownPrice(month).lines());
        sponsors.stream().map(Sponsor::payerId).distinct()
                .forEach(payer -> payerPrice(month, payer).ifPresent(p -> lines.addAll(p.lines())));
        lines.sort(Comparator.comparing(PricedLine::programme));
        return new MonthPrice(month, ownPrice(month).incomeBasis(), lines);
    }

    /** The lines a payer's payments settled in a month. */
    public List<PaidContribution> paidBy(YearMonth month, UUID payerId) {
        Map<Programme, PaidContribution> lines = paid.getOrDefault(month, Map.of());
        return lines.values().stream().filter(l -> payerId.equals(l.payerId())).toList();
    }

    /** Whether the participant still owes their own share of a month: they have not paid any of it yet. */
    public boolean ownShareOpen(YearMonth month) {
        if (ownPrice(month).lines().isEmpty()) {
            return false;
        }
        return paid.getOrDefault(month, Map.of()).values().stream().noneMatch(l -> l.funding() == Funding.SELF);
    }

    /** One month as a statement shows it. */
    public LedgerMonth month(YearMonth month) {
        return LedgerMonth.of(this, month);
    }

    /** The lines paid for a month, by programme (empty when nothing was paid). */
    public Map<Programme, PaidContribution> paidIn(YearMonth month) {
        return Map.copyOf(paid.getOrDefault(month, Map.of()));
    }

    /** Inside the billing window: from {@link #billableFrom} to {@link #lastPayable}, and the membership open. */
    public boolean inBillingWindow(YearMonth month) {
        return !isClosed() && !month.isBefore(billableFrom()) && !month.isAfter(lastPayable);
    }

    /**
     * What a payer still owes for a month: its sponsored programmes that the member holds and nobody has paid yet, at
     * the payer's rate; empty outside the billing window. The invoice and the payer's statistics both read this.
     */
    public Optional<MonthPrice> payerDue(YearMonth month, UUID payerId) {
        if (!inBillingWindow(month) || !paidBy(month, payerId).isEmpty()) {
            return Optional.empty();
        }
        return payerPrice(month, payerId).map(price -> new MonthPrice(month, price.incomeBasis(), price.lines().stream()
                .filter(l -> !paid.getOrDefault(month, Map.of()).containsKey(l.programme())).toList()))
                .filter(price -> !price.lines().isEmpty());
    }

    /**
     * A month split between a payer and the member: the payer's part (JKK and JKM) is paid and the member's own part
     * (JHT, say) is not. The member may still pay it while the month is within the 3 months of arrears (bpu-rules.md
     * §2): the rule against buying cover backwards concerns when cover starts, and JKK and JKM already cover this
     * month; the member's part is owed by them, not bought after the fact.
     */
    public boolean ownPartOpen(YearMonth month) {
        return !isClosed() && isPaid(month) && ownShareOpen(month) && !month.isAfter(lastPayable)
                && !month.isBefore(splitFrom())
                && paid.get(month).values().stream().allMatch(l -> l.payerId() != null);
    }

    /** The oldest month whose own part the member may still pay after a payer paid its part. */
    private YearMonth splitFrom() {
        YearMonth window = current.minusMonths(Membership.MAX_ARREARS_MONTHS);
        return window.isBefore(member.registeredMonth()) ? member.registeredMonth() : window;
    }

    /** The first month any own share can be owed: the billing window's start, or an earlier split month's. */
    public YearMonth ownFrom() {
        YearMonth from = billableFrom();
        return splitFrom().isBefore(from) ? splitFrom() : from;
    }

    public int arrearsMonths() {
        int arrears = 0;
        for (YearMonth m = ownFrom(); !m.isAfter(current); m = m.plusMonths(1)) {
            arrears += monthStatus(m) == MonthStatus.OVERDUE ? 1 : 0;
        }
        return arrears;
    }

    /** The member's own share of the overdue months and this month. */
    public long ownDueNow() {
        long due = 0;
        for (YearMonth m = ownFrom(); !m.isAfter(current); m = m.plusMonths(1)) {
            if (isBillable(m) && ownShareOpen(m)) {
                due += ownPrice(m).net();
            }
        }
        return due;
    }

    // ---- Cover ------------------------------------------------------------------------------------------------

    /** The programmes protecting on a day (bpu-rules.md §5: by the event date, in a paid month, from cover start). */
    public List<Programme> coveredOn(LocalDate day) {
        YearMonth month = YearMonth.from(day);
        Map<Programme, PaidContribution> lines = paid.get(month);
        Closure closure = member.closure();
        if (lines == null || day.isBefore(member.registeredOn())
                || (closure != null && day.isAfter(closure.lastCoveredDay()))) {
            return List.of();
        }
        List<Programme> covered = new ArrayList<>();
        lines.keySet().forEach(programme -> coverFrom(month, programme)
                .filter(from -> !day.isBefore(from)).ifPresent(from -> covered.add(programme)));
        return covered;
    }

    /** JKK and JKM both cover the day. */
    public boolean isProtectedOn(LocalDate day) {
        return coveredOn(day).containsAll(List.of(Programme.JKK, Programme.JKM));
    }

    public Optional<NotCovered> whyNotProtectedOn(LocalDate day) {
        if (isProtectedOn(day)) {
            return Optional.empty();
        }
        Closure closure = member.closure();
        if (day.isBefore(member.registeredOn())) {
            return Optional.of(NotCovered.BEFORE_REGISTRATION);
        }
        if (closure != null && day.isAfter(closure.lastCoveredDay())) {
            return Optional.of(NotCovered.MEMBERSHIP_CLOSED);
        }
        if (isPaid(YearMonth.from(day))) {
            return Optional.of(NotCovered.COVER_NOT_STARTED);
        }
        if (paidThrough == null) {
            return Optional.of(NotCovered.PENDING_FIRST_PAYMENT);
        }
        return Optional.of(!day.isBefore(lapsesOn()) ? NotCovered.MEMBERSHIP_ENDED : NotCovered.MONTH_NOT_PAID);
    }

    /** The last day protected without a break from today, if today is protected. */
    public LocalDate protectedUntil() {
        if (!isProtectedOn(today)) {
            return null;
        }
        YearMonth last = current;
        YearMonth next = current.plusMonths(1);
        while (isPaid(next) && coverFrom(next, Programme.JKK).equals(Optional.of(next.atDay(1)))) {
            last = next;
            next = next.plusMonths(1);
        }
        LocalDate until = last.atEndOfMonth();
        Closure closure = member.closure();
        return closure != null && closure.lastCoveredDay().isBefore(until) ? closure.lastCoveredDay() : until;
    }

    private Optional<LocalDate> coverFrom(YearMonth month, Programme programme) {
        LocalDate paidOn = paid.get(month).get(programme).paidOn();
        Optional<LocalDate> previous = Optional.ofNullable(paid.get(month.minusMonths(1)))
                .map(lines -> lines.get(programme)).map(PaidContribution::paidOn);
        return Coverage.coverFrom(month, paidOn, previous, dueDate(month));
    }

    // ---- What claims read -------------------------------------------------------------------------------------

    /** The paid lines as claims read them: months of contributions, bases, balances and refunds. */
    public PaidHistory history() {
        return new PaidHistory(paid);
    }
}
