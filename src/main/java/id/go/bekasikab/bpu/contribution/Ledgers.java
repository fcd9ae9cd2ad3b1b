package id.go.bekasikab.bpu.contribution;

import id.go.bekasikab.bpu.platform.Settings;
import id.go.bekasikab.bpu.participant.ParticipantFacts;
import id.go.bekasikab.bpu.participant.ParticipantService;
import id.go.bekasikab.bpu.reference.ReferenceDataService;
import id.go.bekasikab.bpu.rules.DueDates;
import id.go.bekasikab.bpu.rules.Ledger;
import id.go.bekasikab.bpu.rules.Member;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds {@link Ledger}s from what is stored: the participant, its paid lines and its sponsors. Every reader of a
 * membership month — statements, coverage, payments, invoices, statistics, claims — asks one of these.
 */
@ApplicationScoped
public class Ledgers {

    private static final YearMonth EVERYTHING = YearMonth.of(1900, 1);

    private final ParticipantService participants;
    private final PaidLineRepository paidLines;
    private final SponsorDirectory sponsors;
    private final ReferenceDataService reference;
    private final Clock clock;
    private final int maxMonthsAhead;

    Ledgers(ParticipantService participants, PaidLineRepository paidLines, SponsorDirectory sponsors,
            ReferenceDataService reference, Clock clock, Settings settings) {
        this.participants = participants;
        this.paidLines = paidLines;
        this.sponsors = sponsors;
        this.reference = reference;
        this.clock = clock;
        this.maxMonthsAhead = settings.contributions().maxMonthsAhead();
    }

    /** A month's due date, as every ledger tells it (it depends on the month and the holidays alone). */
    public LocalDate dueDate(YearMonth month) {
        return DueDates.of(month, reference.current().holidays());
    }

    /** The whole ledger of one participant, today. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Ledger of(ParticipantFacts facts) {
        return of(Map.of(facts.id(), facts.member()), EVERYTHING).get(facts.id());
    }

    /**
     * The ledgers of participants by id, built from the lines of the months from {@code from} on (see
     * {@link Ledger#horizon}), in three queries whatever their number; unknown ids are left out.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, Ledger> ofIds(List<UUID> ids, YearMonth from) {
        return of(participants.members(ids), from);
    }

    private Map<UUID, Ledger> of(Map<UUID, Member> members, YearMonth from) {
        List<UUID> ids = List.copyOf(members.keySet());
        LocalDate today = LocalDate.now(clock);
        YearMonth horizon = Ledger.horizon(today, from);
        var lines = horizon.equals(EVERYTHING) ? paidLines.allPaidOf(ids) : paidLines.paidOf(ids, horizon);
        var sponsorships = sponsors.sponsorsOf(ids);
        var data = reference.current();
        Map<UUID, Ledger> ledgers = new HashMap<>(members.size() * 2);
        members.forEach((id, member) -> ledgers.put(id, new Ledger(member, lines.getOrDefault(id, List.of()),
                sponsorships.getOrDefault(id, List.of()), data, today, maxMonthsAhead)));
        return ledgers;
    }
}
