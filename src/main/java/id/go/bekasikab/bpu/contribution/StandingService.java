package id.go.bekasikab.bpu.contribution;

import id.go.bekasikab.bpu.contribution.ContributionApi.CoverageAnswer;
import id.go.bekasikab.bpu.contribution.ContributionApi.Statement;
import id.go.bekasikab.bpu.contribution.ContributionApi.StatementMonth;
import id.go.bekasikab.bpu.contribution.ContributionApi.Summary;
import id.go.bekasikab.bpu.participant.ParticipantFacts;
import id.go.bekasikab.bpu.participant.ParticipantService;
import id.go.bekasikab.bpu.participant.PayerScope;
import id.go.bekasikab.bpu.platform.FieldError;
import id.go.bekasikab.bpu.platform.ProblemException;
import id.go.bekasikab.bpu.rules.Ledger;
import id.go.bekasikab.bpu.rules.LedgerMonth;
import id.go.bekasikab.bpu.rules.MembershipStatus;
import id.go.bekasikab.bpu.rules.NotCovered;
import id.go.bekasikab.bpu.rules.PaidContribution;
import id.go.bekasikab.bpu.rules.Programme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** "What do I owe, until when am I protected": a participant's statement and cover, read off the ledger. */
@ApplicationScoped
public class StandingService {

    private static final int MAX_STATEMENT_MONTHS = 36;

    private final ParticipantService participants;
    private final PayerScope scope;
    private final Ledgers ledgers;

    StandingService(ParticipantService participants, PayerScope scope, Ledgers ledgers) {
        this.participants = participants;
        this.scope = scope;
        this.ledgers = ledgers;
    }

    /** The months from {@code from} (default: 36 months back, or registration) to {@code to} (default: paid through). */
    @Transactional
    public Statement statement(UUID participantId, YearMonth from, YearMonth to) {
        ParticipantFacts facts = participants.requireVisible(participantId);
        Ledger ledger = ledgers.of(facts);
        YearMonth paidThrough = ledger.paidThrough();
        YearMonth end = to != null ? to : paidThrough != null && paidThrough.isAfter(ledger.currentMonth())
                ? paidThrough : ledger.currentMonth();
        YearMonth start = from;
        if (start == null) {
            YearMonth earliest = end.minusMonths(MAX_STATEMENT_MONTHS - 1);
            start = facts.registeredMonth().isBefore(earliest) ? earliest : facts.registeredMonth();
        }
        if (start.isAfter(end)) {
            throw ProblemException.validation(List.of(new FieldError("from", "OUT_OF_RANGE", "must not be after to")));
        }
        if (start.plusMonths(MAX_STATEMENT_MONTHS).isBefore(end.plusMonths(1))) {
            throw ProblemException.validation(List.of(new FieldError("from", "OUT_OF_RANGE",
                    "a statement covers at most 36 months")));
        }
        List<StatementMonth> months = new ArrayList<>();
        for (YearMonth m = start; !m.isAfter(end); m = m.plusMonths(1)) {
            months.add(shown(ledger, ledger.month(m)));
        }
        Summary summary = new Summary(ledger.status(), paidThrough, ledger.arrearsMonths(), ledger.ownDueNow(),
                ledger.protectedUntil(), ledger.status() == MembershipStatus.ACTIVE ? ledger.lapsesOn() : null);
        return new Statement(participantId, start, end, months, summary);
    }

    /** Whether JKK and JKM protect the participant on a day (default: today), and why not. */
    @Transactional
    public CoverageAnswer coverage(UUID participantId, LocalDate date) {
        Ledger ledger = ledgers.of(participants.requireVisible(participantId));
        LocalDate day = date == null ? ledger.today() : date;
        return new CoverageAnswer(day, ledger.isProtectedOn(day), ledger.coveredOn(day), ledger.paidThrough(),
                ledger.status(), ledger.whyNotProtectedOn(day).map(NotCovered::name).orElse(null));
    }

    /** A month as this caller may see it: a payer's system is not shown another payer's name or receipts. */
    private StatementMonth shown(Ledger ledger, LedgerMonth m) {
        StatementMonth.Payer payer = m.sponsor() == null || !scope.maySee(m.sponsor().payerId()) ? null
                : new StatementMonth.Payer(m.sponsor().payerId(), m.sponsor().payerName(), m.sponsored());
        PaidContribution receipted = ledger.paidIn(m.month()).get(Programme.JKK);
        boolean receiptShown = receipted == null || scope.maySee(receipted.payerId());
        return new StatementMonth(m.month(), m.status(), m.dueDate(), m.programmes(), m.incomeBasis(), m.gross(),
                m.discount(), m.net(), receiptShown ? m.receiptNumber() : null, receiptShown ? m.paidAt() : null, payer,
                m.ownShare());
    }
}
