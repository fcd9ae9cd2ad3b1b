package id.go.bekasikab.bpu.rules;

import id.go.bekasikab.bpu.rules.MonthSelection.Accepted;
import id.go.bekasikab.bpu.rules.MonthSelection.Refused;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Which months a participant's own payment settles: the oldest open months first (bpu-rules.md §2 [U], by analogy
 * with wage earners), from the ledger's billing window, never a closed membership's.
 */
public final class OwnPayment {

    private OwnPayment() {
    }

    /** The months the participant may pay now, oldest first. */
    public static List<YearMonth> open(Ledger ledger) {
        List<YearMonth> open = new ArrayList<>();
        if (ledger.isClosed()) {
            return open;
        }
        for (YearMonth m = ledger.ownFrom(); !m.isAfter(ledger.lastPayable()); m = m.plusMonths(1)) {
            if (ledger.ownPartOpen(m) || (!m.isBefore(ledger.billableFrom()) && ledger.ownShareOpen(m))) {
                open.add(m);
            }
        }
        return open;
    }

    /** The next {@code count} open months. */
    public static MonthSelection oldest(Ledger ledger, int count) {
        if (ledger.isClosed()) {
            return closed();
        }
        List<YearMonth> open = open(ledger);
        if (open.isEmpty() && ledger.ownProgrammes(ledger.billableFrom()).isEmpty()) {
            // nothing of their own to pay: a payer covers the months (issue #11: this said "at most 0 months")
            return new Refused(PaymentRefusal.MONTH_SPONSORED, "/months", ledger.billableFrom() + " is paid for by "
                    + ledger.sponsorOf(ledger.billableFrom(), Programme.JKK).map(Sponsor::payerName).orElse("a payer"));
        }
        if (count > open.size()) {
            return new Refused(PaymentRefusal.TOO_FAR_AHEAD, "/months", "at most " + open.size()
                    + " months can be paid now (up to " + ledger.lastPayable() + ")");
        }
        return new Accepted(open.subList(0, count));
    }

    /** Explicit periods: each must be payable, and together they must be the oldest open months. */
    public static MonthSelection periods(Ledger ledger, List<YearMonth> periods) {
        if (ledger.isClosed()) {
            return closed();
        }
        List<YearMonth> sorted = periods.stream().sorted().toList();
        YearMonth registered = ledger.member().registeredMonth();
        for (YearMonth p : sorted) {
            String at = "/periods/" + periods.indexOf(p);
            if (ledger.isPaid(p) && !ledger.ownShareOpen(p)) {
                return new Refused(PaymentRefusal.MONTH_ALREADY_PAID, at, p + " is already paid");
            }
            if (ledger.ownProgrammes(p).isEmpty()) {
                return new Refused(PaymentRefusal.MONTH_SPONSORED, at, p + " is paid for by "
                        + ledger.sponsorOf(p, Programme.JKK).map(Sponsor::payerName).orElse("a payer"));
            }
            if (p.isBefore(registered)) {
                return new Refused(PaymentRefusal.MONTH_BEFORE_REGISTRATION, at, p + " is before the registration in "
                        + registered);
            }
            if (p.isAfter(ledger.lastPayable())) {
                long ahead = ledger.currentMonth().until(ledger.lastPayable(), java.time.temporal.ChronoUnit.MONTHS);
                return new Refused(PaymentRefusal.TOO_FAR_AHEAD, at, p + " is more than " + ahead + " months ahead");
            }
            if (p.isBefore(ledger.billableFrom()) && !ledger.ownPartOpen(p)) {
                return ledger.status() == MembershipStatus.ENDED
                        ? new Refused(PaymentRefusal.ARREARS_BEYOND_3_MONTHS, at, "at most 3 months of arrears may be"
                        + " paid; the membership ended and restarts by paying from " + ledger.currentMonth())
                        : new Refused(PaymentRefusal.MONTH_NOT_BILLABLE, at, "cover cannot be bought backwards: pay from "
                        + ledger.billableFrom());
            }
        }
        List<YearMonth> open = open(ledger);
        List<YearMonth> expected = open.subList(0, Math.min(sorted.size(), open.size()));
        if (!expected.equals(sorted)) {
            return new Refused(PaymentRefusal.NOT_OLDEST_OPEN_MONTHS, "/periods", "the oldest open months are paid"
                    + " first: " + expected.stream().map(YearMonth::toString).collect(Collectors.joining(", ")));
        }
        return new Accepted(sorted);
    }

    private static Refused closed() {
        return new Refused(PaymentRefusal.MEMBERSHIP_CLOSED, "/participantId", "an approved death or total-disability"
                + " claim, or an erasure, closed this membership; it takes no more payments");
    }
}
