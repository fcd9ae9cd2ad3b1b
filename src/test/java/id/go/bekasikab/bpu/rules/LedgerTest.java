package id.go.bekasikab.bpu.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ledger's rules, one table or case each, with their sources. */
class LedgerTest {

    static final LocalDate REGISTERED = LocalDate.of(2027, 6, 3);
    static final UUID VILLAGE = UUID.randomUUID();

    static Member member(Set<Programme> programmes, Closure closure) {
        return new Member(REGISTERED, 1_000_000, programmes, Sector.GENERAL, closure);
    }

    /** The months paid by the participant themself on one day, at their own price. */
    static List<PaidContribution> paidOn(LocalDate day, Member member, YearMonth... months) {
        Ledger ledger = History.ledgerOf(member, List.of(), List.of(), day);
        List<PaidContribution> lines = new ArrayList<>();
        UUID payment = UUID.randomUUID();
        for (YearMonth m : months) {
            MonthPrice price = ledger.ownPrice(m);
            price.lines().forEach(l -> lines.add(new PaidContribution(payment, "R1", m, l.programme(),
                    price.incomeBasis(), l.gross(), l.discount(), l.net(), day, day.atStartOfDay()
                    .toInstant(java.time.ZoneOffset.ofHours(7)), Funding.SELF, null)));
        }
        return lines;
    }

    static final Member PLAIN = member(EnumSet.of(Programme.JKK, Programme.JKM), null);
    static final List<PaidContribution> JUNE_TO_AUGUST = paidOn(REGISTERED, PLAIN, YearMonth.of(2027, 6),
            YearMonth.of(2027, 7), YearMonth.of(2027, 8));

    @ParameterizedTest(name = "on {0}: {1}")
    @CsvSource({
            // bpu-rules.md §3: protection starts only once the first contribution is paid
            "2027-06-02, PENDING_FIRST_PAYMENT",
            "2027-06-03, ACTIVE",
            // Permenaker 5/2021, bpu-rules.md §2: paid through August, the 4th unpaid month (December) is due
            // 15 December 2027; the membership ends the day after
            "2027-12-15, ACTIVE",
            "2027-12-16, ENDED",
    })
    void theStatusFollowsWhatWasPaidAndTheLapseRule(LocalDate day, MembershipStatus status) {
        Ledger ledger = History.ledgerOf(PLAIN, JUNE_TO_AUGUST, List.of(), day);
        assertEquals(status, ledger.status());
        assertEquals(day.isBefore(REGISTERED) ? null : YearMonth.of(2027, 8), ledger.paidThrough());
        assertEquals(day.isBefore(REGISTERED) ? null : LocalDate.of(2027, 12, 16), ledger.lapsesOn());
    }

    @Test
    void beforeTheFirstPaymentOnlyTheCurrentMonthIsBilledAndNobodyIsLate() {
        // bpu-rules.md §3: cover cannot be bought backwards; before the first payment nobody owes arrears
        Ledger ledger = History.ledgerOf(PLAIN, List.of(), List.of(), LocalDate.of(2027, 8, 20));
        assertEquals(MonthStatus.NOT_BILLABLE, ledger.monthStatus(YearMonth.of(2027, 7)));
        assertEquals(MonthStatus.DUE, ledger.monthStatus(YearMonth.of(2027, 8)));
        assertEquals(0, ledger.arrearsMonths());
        assertEquals(16_800, ledger.ownDueNow()); // PP 44/2015 Lampiran II: Rp10,000 + Rp6,800
    }

    @Test
    void aDeathClosesTheMembershipFromTheDayAfterWithRefundsForLaterMonths() {
        // PP 44/2015 art. 37 and bpu-rules.md §5: a death ends the membership; later months are refunded
        Member died = member(PLAIN.programmes(), Closure.byClaim(LocalDate.of(2027, 7, 10), LocalDate.of(2027, 7, 12),
                ClosureReason.DECEASED));
        Ledger ledger = History.ledgerOf(died, JUNE_TO_AUGUST, List.of(), LocalDate.of(2027, 7, 12));
        assertEquals(MembershipStatus.ACTIVE, ledger.statusOn(LocalDate.of(2027, 7, 10)));
        assertEquals(MembershipStatus.ENDED, ledger.statusOn(LocalDate.of(2027, 7, 11)));
        assertTrue(ledger.isProtectedOn(LocalDate.of(2027, 7, 10)));
        assertFalse(ledger.isProtectedOn(LocalDate.of(2027, 7, 11)));
        assertEquals(Optional.of(NotCovered.MEMBERSHIP_CLOSED), ledger.whyNotProtectedOn(LocalDate.of(2027, 8, 2)));
        assertNull(ledger.protectedUntil()); // not protected today, two days after the death
        assertEquals(MonthStatus.NOT_BILLABLE, ledger.monthStatus(YearMonth.of(2027, 9)));
        assertEquals(MonthStatus.PAID, ledger.monthStatus(YearMonth.of(2027, 8)));
        assertEquals(List.of(YearMonth.of(2027, 8)), ledger.history().paidAfter(YearMonth.of(2027, 7)).stream()
                .map(Refund::month).toList());
        assertEquals(16_800, ledger.history().paidAfter(YearMonth.of(2027, 7)).get(0).amount());
        MonthSelection refused = OwnPayment.oldest(ledger, 1);
        assertEquals(PaymentRefusal.MEMBERSHIP_CLOSED, assertInstanceOf(MonthSelection.Refused.class, refused).reason());
    }

    @Test
    void paying1MonthWhenAPayerCoversEveryMonthSaysSponsoredNotTooFarAhead() {
        Sponsor regency = new Sponsor(UUID.randomUUID(), VILLAGE, "Pemkab Bekasi", Funding.APBD, YearMonth.of(2027, 6),
                null, Set.of(Programme.JKK, Programme.JKM));
        Ledger ledger = History.ledgerOf(PLAIN, List.of(), List.of(regency), LocalDate.of(2027, 6, 10));
        MonthSelection refused = OwnPayment.oldest(ledger, 1);
        assertEquals(PaymentRefusal.MONTH_SPONSORED, assertInstanceOf(MonthSelection.Refused.class, refused).reason());
    }

    @ParameterizedTest(name = "event {0}, approved {1}: ENDED from {2}")
    @CsvSource({
            "2027-07-10, 2027-07-12, 2027-07-11", // the day after the event
            "2027-07-10, 2027-07-10, 2027-07-10", // approved on the event's day: at once
    })
    void aClosureEndsTheMembershipTheDayAfterTheEventOrAtOnce(LocalDate event, LocalDate approved, LocalDate ended) {
        Closure closure = Closure.byClaim(event, approved, ClosureReason.TOTAL_DISABILITY);
        assertEquals(ended, closure.endedOn());
        assertEquals(event, closure.lastCoveredDay());
    }

    @Test
    void aPayerOwesItsProgrammesAtItsRateAndTheParticipantOwesTheRest() {
        // PP 50/2025: APBD-funded months are not discounted; JHT (PP 46/2015: 2 %) is the participant's own
        Member saver = new Member(LocalDate.of(2026, 5, 4), 1_000_000,
                EnumSet.of(Programme.JKK, Programme.JKM, Programme.JHT), Sector.GENERAL, null);
        Sponsor regency = new Sponsor(UUID.randomUUID(), VILLAGE, "Pemkab Bekasi", Funding.APBD, YearMonth.of(2026, 5),
                null, Set.of(Programme.JKK, Programme.JKM));
        Ledger ledger = History.ledgerOf(saver, List.of(), List.of(regency), LocalDate.of(2026, 5, 4));
        YearMonth may = YearMonth.of(2026, 5);
        assertEquals(16_800, ledger.payerDue(may, VILLAGE).orElseThrow().net());
        assertEquals(20_000, ledger.ownPrice(may).net());
        assertEquals(36_800, ledger.month(may).net());
        assertEquals(20_000, ledger.month(may).ownShare());
        assertEquals(Set.of(Programme.JHT), ledger.ownProgrammes(may));
        assertNull(ledger.paidThrough());
    }

    @Test
    void aPayerOwesItsEarlierMonthsBeforeALaterOne() {
        // bpu-rules.md §2-§3: paid-through moves to the latest paid month and cover is not bought backwards, so a
        // later month settled alone would leave the earlier one unpayable for ever
        Sponsor regency = new Sponsor(UUID.randomUUID(), VILLAGE, "Pemkab Bekasi", Funding.APBD, YearMonth.of(2027, 6),
                null, Set.of(Programme.JKK, Programme.JKM));
        List<PaidContribution> june = paidOn(REGISTERED, PLAIN, YearMonth.of(2027, 6));
        Ledger ledger = History.ledgerOf(PLAIN, june, List.of(regency), LocalDate.of(2027, 7, 3));
        assertEquals(List.of(YearMonth.of(2027, 7)), PayerMonths.owedBefore(ledger, YearMonth.of(2027, 8), regency.payerId()));
        assertEquals(List.of(), PayerMonths.owedBefore(ledger, YearMonth.of(2027, 7), regency.payerId()));
        assertEquals(List.of(), PayerMonths.owedBefore(ledger, YearMonth.of(2027, 8), UUID.randomUUID()));
    }
}
