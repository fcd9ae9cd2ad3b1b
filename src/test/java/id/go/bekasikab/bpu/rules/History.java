package id.go.bekasikab.bpu.rules;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.quicktheories.core.Gen;

/**
 * A generated membership history, played step by step through the ledger as the service would: payments settle
 * what the ledger says is open, payers pay what it says they owe, a closure follows a protected day's death.
 */
record History(Member member, List<PaidContribution> lines, List<Sponsor> sponsors, LocalDate today,
               String story) {

    static final int MAX_MONTHS_AHEAD = 12;
    static final ReferenceData DATA = new ReferenceData(TariffTest.tariff(), PricingTest.PP_50_2025,
            new HolidayCalendar(Set.of(LocalDate.of(2026, 8, 17), LocalDate.of(2027, 8, 17),
                    LocalDate.of(2026, 12, 25), LocalDate.of(2027, 5, 6))));

    enum Kind { PAY_OWN, SPONSOR_START, SPONSOR_END, PAYER_PAYS, DEATH }

    record Step(int daysLater, Kind kind, int count, int approvalDelay) {
    }

    static Ledger ledgerOf(Member member, List<PaidContribution> lines, List<Sponsor> sponsors, LocalDate day) {
        return new Ledger(member, lines, sponsors, DATA, day, MAX_MONTHS_AHEAD);
    }

    Ledger ledger() {
        return ledgerOf(member, lines, sponsors, today);
    }

    static Gen<History> histories() {
        Gen<Step> step = integers().between(0, 95).zip(integers().between(0, Kind.values().length - 1),
                integers().between(1, 4), integers().between(0, 3),
                (days, kind, count, delay) -> new Step(days, Kind.values()[kind], count, delay));
        Gen<Member> member = integers().between(0, 700).zip(integers().between(0, 25), integers().between(0, 1),
                integers().between(0, 1), (day, income, jht, transport) -> new Member(
                        LocalDate.of(2026, 1, 1).plusDays(day), income * 1_000_000L,
                        jht == 1 ? EnumSet.of(Programme.JKK, Programme.JKM, Programme.JHT) : EnumSet.of(Programme.JKK, Programme.JKM),
                        transport == 1 ? Sector.TRANSPORT : Sector.GENERAL, null));
        Gen<Funding> funding = integers().between(0, 2).map(i -> List.of(Funding.APBD, Funding.APBDES, Funding.OTHER)
                .get(i));
        return member.zip(lists().of(step).ofSizeBetween(0, 12), funding, integers().between(0, 200),
                History::play);
    }

    /** Histories that end in a death: any history, then a payment and a death a few days later. */
    static Gen<History> deaths() {
        Gen<Step> step = integers().between(0, 95).zip(integers().between(0, Kind.values().length - 1),
                integers().between(1, 4), integers().between(0, 3),
                (days, kind, count, delay) -> new Step(days, Kind.values()[kind], count, delay));
        Gen<Member> member = integers().between(0, 700).zip(integers().between(0, 25), integers().between(0, 1),
                (day, income, jht) -> new Member(LocalDate.of(2026, 1, 1).plusDays(day), income * 1_000_000L,
                        jht == 1 ? EnumSet.of(Programme.JKK, Programme.JKM, Programme.JHT)
                                : EnumSet.of(Programme.JKK, Programme.JKM), Sector.GENERAL, null));
        Gen<List<Step>> steps = lists().of(step).ofSizeBetween(0, 8).zip(integers().between(1, 12),
                integers().between(0, 20), integers().between(0, 3), (before, months, daysLater, delay) -> {
                    List<Step> all = new ArrayList<>(before);
                    all.add(new Step(0, Kind.PAY_OWN, months, 0));
                    all.add(new Step(daysLater, Kind.DEATH, 1, delay));
                    return all;
                });
        return member.zip(steps, integers().between(0, 200), (m, s, after) -> play(m, s, Funding.OTHER, after));
    }

    private static History play(Member registered, List<Step> steps, Funding payerFunding, int daysAfter) {
        Member member = registered;
        List<PaidContribution> lines = new ArrayList<>();
        List<Sponsor> sponsors = new ArrayList<>();
        UUID payer = UUID.randomUUID();
        LocalDate day = member.registeredOn();
        StringBuilder story = new StringBuilder(member.toString());
        for (Step s : steps) {
            day = day.plusDays(s.daysLater());
            Ledger ledger = ledgerOf(member, lines, sponsors, day);
            YearMonth month = YearMonth.from(day);
            story.append("\n").append(day).append(' ').append(s);
            switch (s.kind()) {
                case PAY_OWN -> {
                    if (OwnPayment.oldest(ledger, s.count()) instanceof MonthSelection.Accepted accepted) {
                        UUID payment = UUID.randomUUID();
                        for (YearMonth m : accepted.months()) {
                            add(lines, ledger.ownPrice(m), payment, day, Funding.SELF, null);
                        }
                    }
                }
                case SPONSOR_START -> {
                    boolean open = sponsors.stream().anyMatch(x -> x.to() == null || !x.to().isBefore(month));
                    if (!open) {
                        sponsors.add(new Sponsor(UUID.randomUUID(), payer, "Desa", payerFunding, month, null,
                                Set.of(Programme.JKK, Programme.JKM)));
                    }
                }
                case SPONSOR_END -> {
                    int last = sponsors.size() - 1;
                    if (last >= 0 && sponsors.get(last).to() == null && month.isAfter(sponsors.get(last).from())) {
                        Sponsor x = sponsors.get(last);
                        sponsors.set(last, new Sponsor(x.sponsorshipId(), x.payerId(), x.payerName(), x.funding(),
                                x.from(), month.minusMonths(1), x.programmes()));
                    }
                }
                case PAYER_PAYS -> {
                    Optional<MonthPrice> due = ledger.payerDue(month, payer);
                    if (due.isPresent()) {
                        add(lines, due.get(), UUID.randomUUID(), day, payerFunding, payer);
                    }
                }
                case DEATH -> {
                    if (member.closure() == null && ledger.isProtectedOn(day)) {
                        member = new Member(member.registeredOn(), member.declaredIncome(), member.programmes(),
                                member.sector(), Closure.byClaim(day, day.plusDays(s.approvalDelay()),
                                s.count() % 2 == 0 ? ClosureReason.TOTAL_DISABILITY : ClosureReason.DECEASED));
                        day = day.plusDays(s.approvalDelay());
                    }
                }
            }
        }
        return new History(member, List.copyOf(lines), List.copyOf(sponsors), day.plusDays(daysAfter),
                story.toString());
    }

    private static void add(List<PaidContribution> lines, MonthPrice price, UUID payment, LocalDate day,
                            Funding funding, UUID payer) {
        price.lines().forEach(l -> lines.add(new PaidContribution(payment, "R-" + payment, price.month(),
                l.programme(), price.incomeBasis(), l.gross(), l.discount(), l.net(), day,
                day.atStartOfDay(java.time.ZoneOffset.ofHours(7)).toInstant(), funding, payer)));
    }

    @Override
    public String toString() {
        return story + "\ntoday " + today;
    }
}
