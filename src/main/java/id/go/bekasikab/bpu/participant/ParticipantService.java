package id.go.bekasikab.bpu.participant;

import id.go.bekasikab.bpu.participant.ParticipantApi.Found;
import id.go.bekasikab.bpu.participant.ParticipantApi.Page;
import id.go.bekasikab.bpu.participant.ParticipantApi.ParticipantView;
import id.go.bekasikab.bpu.participant.ParticipantApi.Search;
import id.go.bekasikab.bpu.participant.ParticipantApi.Versioned;
import id.go.bekasikab.bpu.platform.Caller;
import id.go.bekasikab.bpu.platform.Cursor;
import id.go.bekasikab.bpu.platform.FieldError;
import id.go.bekasikab.bpu.platform.NikHasher;
import id.go.bekasikab.bpu.platform.ProblemException;
import id.go.bekasikab.bpu.rules.Member;
import id.go.bekasikab.bpu.rules.MembershipNumber;
import id.go.bekasikab.bpu.rules.MembershipStatus;
import id.go.bekasikab.bpu.rules.Nik;
import id.go.bekasikab.bpu.rules.Rejection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Participants as other features and callers read them: facts, scope, reads, search and lists. */
@ApplicationScoped
public class ParticipantService {

    private final ParticipantRepository participants;
    private final StatusChangeRepository history;
    private final NikHasher nikHasher;
    private final ParticipantViews views;
    private final Caller actor;
    private final PayerScope payerScope;
    private final Clock clock;

    ParticipantService(ParticipantRepository participants, StatusChangeRepository history, NikHasher nikHasher,
                       ParticipantViews views, Caller actor, PayerScope payerScope, Clock clock) {
        this.participants = participants;
        this.history = history;
        this.nikHasher = nikHasher;
        this.views = views;
        this.actor = actor;
        this.payerScope = payerScope;
        this.clock = clock;
    }

    @Transactional
    public Optional<ParticipantFacts> facts(UUID id) {
        return participants.findWithHeirs(id).map(p -> p.facts(clock.getZone()));
    }

    /** These participants as the ledger sees them, in the order given; unknown ids are left out. */
    @Transactional
    public Map<UUID, Member> members(List<UUID> ids) {
        return participants.membersOf(ids, clock.getZone());
    }

    /** The facts of a participant whose row stays locked until the caller's transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<ParticipantFacts> lockForPayment(UUID id) {
        return participants.lockById(id).map(p -> p.facts(clock.getZone()));
    }

    @Transactional
    public Optional<Versioned> get(UUID id) {
        return participants.findWithHeirs(id).filter(p -> visible(p.id))
                .map(p -> new Versioned(views.shownTo(p, history.historyOf(p.id)), p.version));
    }

    /**
     * Whether the caller may see this participant: a payer's system only sees those its payer sponsors, and for
     * any other it is told "not found", so that it cannot learn who is registered.
     */
    public boolean visible(UUID participantId) {
        return payerScope.mayRead(participantId);
    }

    /** The participant's facts for a request path: 404 when missing or outside the caller's scope. */
    @Transactional
    public ParticipantFacts requireVisible(UUID participantId) {
        return facts(participantId).filter(f -> visible(f.id()))
                .orElseThrow(() -> ProblemException.notFound("PARTICIPANT_NOT_FOUND", "the participant"));
    }

    /** Who a NIK or a membership number belongs to, for a payment channel: the id and the name, nothing else. */
    public record Identified(UUID id, String fullName) {
    }

    /**
     * The participant a channel's inquiry names, unscoped (a channel may collect for anyone); exactly one of the two
     * keys, each well-formed, or 400.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Identified> identify(String nik, String membershipNumber) {
        return lookUp(new Search(nik, membershipNumber)).map(p -> new Identified(p.id, p.fullName));
    }

    @Transactional
    public Found<ParticipantView> search(Search body) {
        return new Found<>(lookUp(body).filter(p -> visible(p.id)).map(p -> views.shownTo(p, null)).stream().toList());
    }

    private Optional<Participant> lookUp(Search body) {
        if (body == null || (body.nik() == null) == (body.membershipNumber() == null)) {
            throw ProblemException.validation(List.of(new FieldError("", "EXACTLY_ONE_REQUIRED",
                    "give either nik or membershipNumber")));
        }
        Optional<Participant> found;
        if (body.nik() != null) {
            if (!Nik.isWellFormed(body.nik())) {
                throw ParticipantChecks.rejected(Rejection.INVALID_NIK, "/nik");
            }
            found = participants.findByNikHash(nikHasher.hash(body.nik()));
        } else {
            if (!MembershipNumber.isValid(body.membershipNumber())) {
                throw ParticipantChecks.rejected(Rejection.INVALID_MEMBERSHIP_NUMBER, "/membershipNumber");
            }
            found = participants.findByMembershipNumber(body.membershipNumber());
        }
        return found;
    }

    /** One page of participants in id order, filtered; a payer's system sees only its own workers. */
    @Transactional
    public Page<ParticipantView> list(ParticipantListParams.Filter filter) {
        int size = filter.limit();
        List<Participant> rows = participants.page(filter.status(), LocalDate.now(clock), filter.occupation(),
                filter.regionCode(), actor.scopedPayer().orElse(null), filter.after(), size + 1);
        List<ParticipantView> items = rows.stream().limit(size).map(p -> views.shownTo(p, null)).toList();
        String next = rows.size() > size ? Cursor.after(rows.get(size - 1).id) : null;
        return new Page<>(items, next);
    }

}
