package id.go.bekasikab.bpu.payer;

import id.go.bekasikab.bpu.payer.PayerApi.NewSponsorship;
import id.go.bekasikab.bpu.payer.PayerApi.SponsorshipView;
import id.go.bekasikab.bpu.participant.ParticipantFacts;
import id.go.bekasikab.bpu.participant.ParticipantService;
import id.go.bekasikab.bpu.participant.PayerScope;
import id.go.bekasikab.bpu.platform.AuditLog;
import id.go.bekasikab.bpu.platform.Outbox;
import id.go.bekasikab.bpu.platform.Constraints;
import id.go.bekasikab.bpu.platform.FieldError;
import id.go.bekasikab.bpu.platform.Ids;
import id.go.bekasikab.bpu.platform.ProblemException;
import id.go.bekasikab.bpu.platform.RequestValidation;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Sponsorships: which payer covers which programmes of a participant, month by month. */
@ApplicationScoped
public class SponsorshipService {

    static final List<Programme> DEFAULT_PROGRAMMES = List.of(Programme.JKK, Programme.JKM);

    private final SponsorshipRepository sponsorships;
    private final PayerRepository payers;
    private final PayerService payerService;
    private final ParticipantService participants;
    private final PayerScope scope;
    private final RequestValidation validation;
    private final AuditLog audit;
    private final Outbox outbox;
    private final Clock clock;

    SponsorshipService(SponsorshipRepository sponsorships, PayerRepository payers, PayerService payerService,
                       ParticipantService participants, PayerScope scope,
                       RequestValidation validation, AuditLog audit, Outbox outbox, Clock clock) {
        this.sponsorships = sponsorships;
        this.payers = payers;
        this.payerService = payerService;
        this.participants = participants;
        this.scope = scope;
        this.validation = validation;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public SponsorshipView sponsor(UUID payerId, NewSponsorship body) {
        Payer payer = payerService.visible(payerId);
        List<FieldError> errors = new ArrayList<>(validation.errorsOf(body));
        if (body != null && body.to() != null && body.from() != null && body.to().isBefore(body.from())) {
            errors.add(new FieldError("/to", "OUT_OF_RANGE", "must not be before from"));
        }
        if (body != null && body.programmes() != null && !body.programmes().contains(null)) {
            ProgrammeSelection.checkCovered(body.programmes()).ifPresent(r ->
                    errors.add(new FieldError("/programmes", r.name(), r.message())));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        ParticipantFacts participant = participants.lockForPayment(body.participantId()).orElseThrow(() ->
                new ProblemException(422, "UNKNOWN_PARTICIPANT", "Unknown participant", "no participant has this id",
                List.of(new FieldError("/participantId", "UNKNOWN_PARTICIPANT", "no participant has this id"))));
        if (participant.closure() != null) {
            throw new ProblemException(409, "MEMBERSHIP_CLOSED", "The membership is closed",
                    "a closed membership (death, total disability or erasure) takes no sponsor");
        }
        if (!payer.mayCover(participant.regionCode())) {
            throw outsideRegion(payer);
        }
        List<Programme> programmes = body.programmes() == null ? DEFAULT_PROGRAMMES : body.programmes();
        if (!participant.programmes().containsAll(programmes)) {
            // a payer may only pay for what the participant holds (and may not buy its way into reading them)
            throw new ProblemException(422, "PROGRAMME_NOT_HELD", "Programme not held",
                    "the participant does not hold every programme named",
                    List.of(new FieldError("/programmes", "PROGRAMME_NOT_HELD", "the participant holds "
                            + participant.programmes().stream().sorted().map(Enum::name).toList())));
        }
        Sponsorship created = create(payer, body.participantId(), body.from(), body.to(), programmes);
        SponsorshipView view = viewOf(created, payer);
        audit.write("sponsorship.create", "participant", body.participantId(), null, view);
        outbox.emit("sponsorship.started", body.participantId(), List.of(payer.id), Map.of("sponsorshipId", view.id(),
                "payerId", payer.id, "participantId", body.participantId(), "from", view.from(),
                "programmes", view.programmes()));
        return view;
    }

    /**
     * Creates a sponsorship, refusing a month and programme another payer already holds (also when two payers race:
     * the exclusion constraint decides).
     */
    Sponsorship create(Payer payer, UUID participantId, YearMonth from, YearMonth to, List<Programme> programmes) {
        List<String> codes = programmes.stream().sorted().map(Enum::name).toList();
        LocalDate end = to == null ? null : to.plusMonths(1).atDay(1);
        sponsorships.overlappingPayer(participantId, codes, from.atDay(1), end)
                .ifPresent(other -> {
                    throw doubleSponsorship(other);
                });
        Sponsorship s = new Sponsorship();
        s.id = Ids.newId();
        s.payerId = payer.id;
        s.participantId = participantId;
        s.fromMonth = from.atDay(1);
        s.toMonth = to == null ? null : to.atDay(1);
        s.programmes = EnumSet.copyOf(programmes);
        s.createdAt = clock.instant();
        try {
            sponsorships.persist(s);
            sponsorships.flush();
            sponsorships.insertProgrammes(List.of(s), codes);
        } catch (PersistenceException e) {
            if (Constraints.violated(e, "sponsored_programme_one_payer")) {
                throw doubleSponsorship(sponsorships.overlappingPayer(participantId, codes, from.atDay(1), end)
                        .orElse(null));
            }
            throw e;
        }
        return s;
    }

    /** What a bulk enrolment did about one participant's sponsorship. */
    enum BulkSponsorship { CREATED, ALREADY_SPONSORED, OTHER_PAYER, OUTSIDE_REGION }

    /** The refusal of the domicile rule; it names the payer's region, never where the person lives. */
    static ProblemException outsideRegion(Payer payer) {
        return new ProblemException(422, "OUTSIDE_PAYER_REGION", "Lives outside the payer's region",
                "a " + payer.type + " payer funded by " + payer.fundingSource + " sponsors people living in "
                        + payer.regionCode + " only (the domicile rule; an administrator registers a payer without it)",
                List.of(new FieldError("/participantId", "OUTSIDE_PAYER_REGION", "lives outside " + payer.regionCode)));
    }

    /**
     * Sponsors many participants from a month on, open-ended, in the caller's transaction: one overlap query and
     * batched inserts. A participant this payer already sponsors in those months is left as it is (an upload
     * repeated); one another payer holds is refused.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Map<UUID, BulkSponsorship> sponsorMany(Payer payer, List<UUID> participantIds, YearMonth from,
                                           List<Programme> programmes) {
        List<String> codes = programmes.stream().sorted().map(Enum::name).toList();
        Map<UUID, UUID> holders = sponsorships.holders(participantIds, codes, from.atDay(1));
        Map<UUID, String> domicile = payer.requiresDomicile() ? sponsorships.regionsOf(participantIds) : Map.of();
        Map<UUID, BulkSponsorship> outcome = new java.util.HashMap<>();
        List<Sponsorship> created = new ArrayList<>();
        for (UUID participantId : participantIds) {
            if (outcome.containsKey(participantId)) {
                continue;
            }
            if (payer.requiresDomicile() && !payer.mayCover(domicile.get(participantId))) {
                outcome.put(participantId, BulkSponsorship.OUTSIDE_REGION);
                continue;
            }
            UUID holder = holders.get(participantId);
            if (holder != null) {
                outcome.put(participantId, holder.equals(payer.id) ? BulkSponsorship.ALREADY_SPONSORED
                        : BulkSponsorship.OTHER_PAYER);
                continue;
            }
            Sponsorship s = new Sponsorship();
            s.id = Ids.newId();
            s.payerId = payer.id;
            s.participantId = participantId;
            s.fromMonth = from.atDay(1);
            s.programmes = EnumSet.copyOf(programmes);
            s.createdAt = clock.instant();
            sponsorships.persist(s);
            created.add(s);
            outcome.put(participantId, BulkSponsorship.CREATED);
        }
        sponsorships.flush();
        sponsorships.insertProgrammes(created, codes);
        return outcome;
    }

    /** Ends a sponsorship from a month on: that month and later ones go back to the participant. */
    @Transactional
    public SponsorshipView end(UUID payerId, UUID sponsorshipId, YearMonth fromMonth) {
        Payer payer = payerService.visible(payerId);
        Sponsorship s = sponsorships.ofPayer(payerId, sponsorshipId)
                .orElseThrow(() -> ProblemException.notFound("SPONSORSHIP_NOT_FOUND", "the sponsorship"));
        YearMonth endFrom = fromMonth == null ? YearMonth.now(clock).plusMonths(1) : fromMonth;
        YearMonth first = YearMonth.from(s.fromMonth);
        if (!endFrom.isAfter(first)) {
            throw ProblemException.validation(List.of(new FieldError("from", "OUT_OF_RANGE",
                    "must be after the first sponsored month " + first)));
        }
        SponsorshipView before = viewOf(s, payer);
        YearMonth last = endFrom.minusMonths(1);
        if (s.toMonth == null || last.isBefore(YearMonth.from(s.toMonth))) {
            s.toMonth = last.atDay(1);
            sponsorships.endProgrammes(s.id, s.toMonth);
        }
        SponsorshipView after = viewOf(s, payer);
        audit.write("sponsorship.end", "participant", s.participantId, before, after);
        outbox.emit("sponsorship.ended", s.participantId, List.of(payer.id), Map.of("sponsorshipId", s.id,
                "payerId", payer.id, "participantId", s.participantId, "lastMonth", after.to()));
        return after;
    }

    @Transactional
    public List<SponsorshipView> ofParticipant(UUID participantId) {
        participants.requireVisible(participantId);
        List<Sponsorship> rows = sponsorships.ofParticipant(participantId);
        Map<UUID, Payer> byId = payers.list("id in ?1", rows.stream().map(s -> s.payerId).distinct().toList())
                .stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
        return rows.stream().filter(s -> scope.maySee(s.payerId)).map(s -> viewOf(s, byId.get(s.payerId))).toList();
    }


    static SponsorshipView viewOf(Sponsorship s, Payer payer) {
        return new SponsorshipView(s.id, s.payerId, payer.name, s.participantId, YearMonth.from(s.fromMonth),
                s.toMonth == null ? null : YearMonth.from(s.toMonth), List.copyOf(s.programmes),
                s.createdAt);
    }

    /** Staff are told which payer holds the months; a payer's system is not told who else pays for the worker. */
    private ProblemException doubleSponsorship(UUID otherPayer) {
        String name = otherPayer == null || scope.scopedPayer().isPresent() ? "another payer"
                : payers.findByIdOptional(otherPayer).map(p -> p.name + " (" + p.id + ")").orElse("another payer");
        return new ProblemException(409, "DOUBLE_SPONSORSHIP", "Already sponsored",
                "these months and programmes are already paid for by " + name);
    }
}
