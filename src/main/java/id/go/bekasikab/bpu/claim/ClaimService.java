package id.go.bekasikab.bpu.claim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bekasikab.bpu.claim.ClaimApi.BenefitLine;
import id.go.bekasikab.bpu.claim.ClaimApi.ChildBody;
import id.go.bekasikab.bpu.claim.ClaimApi.ClaimView;
import id.go.bekasikab.bpu.claim.ClaimApi.Document;
import id.go.bekasikab.bpu.claim.ClaimApi.DocumentCheck;
import id.go.bekasikab.bpu.claim.ClaimApi.Documents;
import id.go.bekasikab.bpu.claim.ClaimApi.HistoryEntry;
import id.go.bekasikab.bpu.claim.ClaimApi.NewClaim;
import id.go.bekasikab.bpu.claim.ClaimApi.Page;
import id.go.bekasikab.bpu.claim.ClaimApi.Refund;
import id.go.bekasikab.bpu.claim.ClaimApi.Transition;
import id.go.bekasikab.bpu.contribution.ContributionService;
import id.go.bekasikab.bpu.contribution.ReferenceDataService;
import id.go.bekasikab.bpu.participant.ParticipantFacts;
import id.go.bekasikab.bpu.participant.ParticipantService;
import id.go.bekasikab.bpu.platform.AuditLog;
import id.go.bekasikab.bpu.platform.Caller;
import id.go.bekasikab.bpu.platform.Constraints;
import id.go.bekasikab.bpu.platform.Cursor;
import id.go.bekasikab.bpu.platform.FieldError;
import id.go.bekasikab.bpu.platform.Idempotency;
import id.go.bekasikab.bpu.platform.Ids;
import id.go.bekasikab.bpu.platform.ProblemException;
import id.go.bekasikab.bpu.platform.QueryParams;
import id.go.bekasikab.bpu.platform.RequestValidation;
import id.go.bekasikab.bpu.rules.Benefit;
import id.go.bekasikab.bpu.rules.Child;
import id.go.bekasikab.bpu.rules.ClaimEligibility;
import id.go.bekasikab.bpu.rules.ClaimRejection;
import id.go.bekasikab.bpu.rules.ClaimStatus;
import id.go.bekasikab.bpu.rules.DocumentType;
import id.go.bekasikab.bpu.rules.Jht;
import id.go.bekasikab.bpu.rules.JhtReason;
import id.go.bekasikab.bpu.rules.JkkBenefits;
import id.go.bekasikab.bpu.rules.JkkClaim;
import id.go.bekasikab.bpu.rules.JkkOutcome;
import id.go.bekasikab.bpu.rules.JkmBenefits;
import id.go.bekasikab.bpu.rules.Nik;
import id.go.bekasikab.bpu.rules.Programme;
import id.go.bekasikab.bpu.rules.RequiredDocuments;
import id.go.bekasikab.bpu.rules.ServiceLevels;
import id.go.bekasikab.bpu.rules.TransportMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Claims: eligibility by the event date and benefits from the rules module at submission, a traceable workflow
 * after it. Approving a death or total disability closes the membership and lists the contributions paid for later
 * months as refunds owed to whoever paid them.
 */
@ApplicationScoped
public class ClaimService {

    static final String SCOPE = "claim";

    private final ClaimRepository claims;
    private final ClaimTransitionRepository transitions;
    private final ParticipantService participants;
    private final ContributionService contributions;
    private final ReferenceDataService reference;
    private final Idempotency idempotency;
    private final RequestValidation validation;
    private final ObjectMapper json;
    private final Caller actor;
    private final AuditLog audit;
    private final Clock clock;
    private final int jhtReturnBasisPoints;

    ClaimService(ClaimRepository claims, ClaimTransitionRepository transitions, ParticipantService participants,
                 ContributionService contributions, ReferenceDataService reference, Idempotency idempotency,
                 RequestValidation validation, ObjectMapper json, Caller actor, AuditLog audit, Clock clock,
                 @ConfigProperty(name = "bpu.jht.annual-return-basis-points") int jhtReturnBasisPoints) {
        this.claims = claims;
        this.transitions = transitions;
        this.participants = participants;
        this.contributions = contributions;
        this.reference = reference;
        this.idempotency = idempotency;
        this.validation = validation;
        this.json = json;
        this.actor = actor;
        this.audit = audit;
        this.clock = clock;
        this.jhtReturnBasisPoints = jhtReturnBasisPoints;
    }

    // ---- Submission ------------------------------------------------------------------------------------------

    @Transactional
    public Idempotency.Completed submit(NewClaim body, Idempotency.Call call) {
        List<FieldError> errors = new ArrayList<>(validation.errorsOf(body));
        LocalDate today = LocalDate.now(clock);
        if (body != null) {
            checkDetails(body, errors);
            // judged by the business clock (Asia/Jakarta), not by Bean Validation's system clock
            if (body.eventDate() != null && body.eventDate().isAfter(today)) {
                errors.add(new FieldError("/eventDate", "DATE_NOT_IN_PAST", "must not be after today"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        ParticipantFacts facts = participants.facts(body.participantId())
                .orElseThrow(() -> new ProblemException(422, "UNKNOWN_PARTICIPANT", "Unknown participant",
                        "no participant has this id", List.of(new FieldError("/participantId", "UNKNOWN_PARTICIPANT",
                        "no participant has this id"))));
        if (body.programme() == Programme.JKM && claims.hasOpenJkm(facts.id())) {
            throw duplicateJkm();
        }
        Assessment assessment = assess(body, facts, today);

        Claim claim = new Claim();
        claim.id = Ids.newId();
        claim.claimNumber = claims.nextClaimNumber(today);
        claim.participantId = facts.id();
        claim.programme = body.programme();
        claim.eventDate = body.eventDate();
        claim.status = ClaimStatus.SUBMITTED;
        claim.request = write(new NewClaim(body.participantId(), body.programme(), body.eventDate(), body.claimant(),
                body.jkk(), body.jkm(), body.jht(), null));
        claim.documents = write(body.documents() == null ? List.of() : merge(List.of(), body.documents()));
        claim.eligible = assessment.reasons().isEmpty();
        claim.reasons = assessment.reasons().stream().map(Enum::name).collect(Collectors.joining(","));
        claim.flags = String.join(",", assessment.flags());
        claim.benefits = write(assessment.benefits().stream()
                .map(b -> new BenefitLine(b.code(), b.amount(), b.basis())).toList());
        claim.total = assessment.benefits().stream().mapToLong(Benefit::amount).sum();
        claim.refunds = "[]";
        claim.createdAt = clock.instant();
        claim.updatedAt = claim.createdAt;
        markDocumentsComplete(claim, today);
        try {
            claims.persistAndFlush(claim);
        } catch (PersistenceException e) {
            throw Constraints.violated(e, "claim_one_jkm") ? duplicateJkm() : e;
        }
        record(claim, null, ClaimStatus.SUBMITTED, null, null);
        ClaimView view = view(claim);
        audit.write("claim.submit", "participant", claim.participantId, null, view);
        return idempotency.complete(call, 201, view, "v1/claims/" + claim.id);
    }

    private record Assessment(List<ClaimRejection> reasons, List<String> flags, List<Benefit> benefits) {
    }

    /** Eligibility, flags and benefits as the rules module computes them for this claim. */
    private Assessment assess(NewClaim body, ParticipantFacts facts, LocalDate today) {
        LocalDate event = body.eventDate();
        YearMonth eventMonth = YearMonth.from(event);
        boolean death = body.programme() == Programme.JKM
                || (body.programme() == Programme.JKK && body.jkk().outcome() == JkkOutcome.DEATH)
                || (body.programme() == Programme.JHT && body.jht().reason() == JhtReason.DEATH);
        List<Programme> covered = contributions.coveredOn(facts.id(), event);
        boolean closedBefore = facts.closedOn() != null && !event.isBefore(facts.closedOn());
        List<ClaimRejection> reasons = new ArrayList<>(ClaimEligibility.check(body.programme(),
                covered.contains(body.programme()), closedBefore, event, today, death,
                body.claimant().relationship().asHeir(), facts.heirs()));
        List<String> flags = new ArrayList<>();
        List<Benefit> benefits;
        switch (body.programme()) {
            case JKM -> benefits = JkmBenefits.compute(contributions.paidMonths(facts.id(), Programme.JKM, eventMonth),
                    children(body.jkm() == null ? null : body.jkm().children()), event);
            case JKK -> {
                long basis = contributions.paidBasis(facts.id(), eventMonth).orElseGet(() ->
                        reference.current().tariff().incomeBasis().basisFor(facts.declaredIncome(), event));
                benefits = JkkBenefits.compute(basis, jkkClaim(body.jkk()), event);
                // bpu-rules.md §5: the stage-I report is due within 2 x 24 h; a late one is flagged, not refused
                if (body.jkk().reportedAt() != null && body.jkk().reportedAt().toInstant()
                        .isAfter(event.plusDays(1).atStartOfDay(clock.getZone()).plusHours(48).toInstant())) {
                    flags.add("LATE_ACCIDENT_REPORT");
                }
            }
            default -> {
                Map<YearMonth, Long> paid = contributions.jhtContributions(facts.id());
                if (paid.isEmpty()) {
                    reasons.add(ClaimRejection.PROGRAMME_NOT_HELD);
                }
                int months = paid.isEmpty() ? 0
                        : (int) ChronoUnit.MONTHS.between(paid.keySet().iterator().next(), eventMonth) + 1;
                Jht.refusal(body.jht().reason(), facts.birthDate(), event, months, claims.hasPartialJht(facts.id()))
                        .ifPresent(reasons::add);
                benefits = Jht.payout(body.jht().reason(), Jht.balance(paid, jhtReturnBasisPoints,
                        eventMonth));
            }
        }
        return new Assessment(reasons, flags, benefits);
    }

    private static void checkDetails(NewClaim body, List<FieldError> errors) {
        if (body.programme() != null && !body.programme().offeredToBpu()) {
            errors.add(new FieldError("/programme", "PROGRAMME_NOT_FOR_BPU", "claims are for JKK, JKM or JHT"));
        }
        if (body.programme() == Programme.JKK) {
            if (body.jkk() == null) {
                errors.add(new FieldError("/jkk", "REQUIRED", "a JKK claim needs the accident's details"));
            } else if (body.jkk().outcome() == JkkOutcome.PARTIAL_DISABILITY && body.jkk().disabilityPercent() == null) {
                errors.add(new FieldError("/jkk/disabilityPercent", "REQUIRED", "the examining doctor's percentage"));
            } else if (body.jkk().outcome() == JkkOutcome.TEMPORARY_INCAPACITY && body.jkk().incapacityMonths() == null) {
                errors.add(new FieldError("/jkk/incapacityMonths", "REQUIRED", "how many months of incapacity"));
            }
        }
        if (body.programme() == Programme.JHT && body.jht() == null) {
            errors.add(new FieldError("/jht", "REQUIRED", "a JHT claim needs its reason"));
        }
    }

    // ---- Workflow --------------------------------------------------------------------------------------------

    @Transactional
    public ClaimView transition(UUID id, Transition body) {
        Claim claim = lock(id);
        List<FieldError> errors = new ArrayList<>(validation.errorsOf(body));
        if (body != null && body.to() == ClaimStatus.REJECTED && (body.reason() == null
                || Arrays.stream(ClaimRejection.values()).noneMatch(r -> r.name().equals(body.reason())))) {
            errors.add(new FieldError("/reason", "REQUIRED", "a rejection needs one of: "
                    + Arrays.stream(ClaimRejection.values()).map(Enum::name).collect(Collectors.joining(", "))));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        ClaimStatus from = claim.status;
        ClaimView before = view(claim);
        if (!from.canMoveTo(body.to())) {
            throw new ProblemException(409, "ILLEGAL_TRANSITION", "Illegal transition",
                    "a claim " + from + " can move to " + from.next().stream().map(Enum::name)
                            .collect(Collectors.joining(", ", "", "")) + ", not " + body.to());
        }
        LocalDate today = LocalDate.now(clock);
        switch (body.to()) {
            case UNDER_VERIFICATION, SUBMITTED -> {
                if (body.to() == ClaimStatus.UNDER_VERIFICATION || from == ClaimStatus.DOCUMENTS_INCOMPLETE) {
                    List<DocumentType> missing = missing(claim);
                    if (!missing.isEmpty()) {
                        throw new ProblemException(409, "DOCUMENTS_MISSING", "Documents missing",
                                "still missing: " + missing.stream().map(Enum::name).collect(Collectors.joining(", ")));
                    }
                }
            }
            case APPROVED -> {
                if (!claim.eligible) {
                    throw new ProblemException(409, "CLAIM_NOT_ELIGIBLE", "The claim is not eligible",
                            "not eligible: " + claim.reasons + "; reject it with one of these reasons");
                }
                approve(claim);
            }
            case PAID -> pay(claim, today);
            case REJECTED -> claim.rejectionReason = body.reason();
            default -> {
            }
        }
        claim.status = body.to();
        claim.updatedAt = clock.instant();
        record(claim, from, body.to(), body.reason(), body.note());
        ClaimView after = view(claim);
        audit.write("claim.transition", "participant", claim.participantId, before, after);
        return after;
    }

    /** Death and total disability close the membership; contributions for later months become refunds. */
    private void approve(Claim claim) {
        NewClaim request = read(claim.request, NewClaim.class);
        boolean deceased = claim.programme == Programme.JKM
                || (claim.programme == Programme.JKK && request.jkk().outcome() == JkkOutcome.DEATH);
        boolean disabled = claim.programme == Programme.JKK
                && request.jkk().outcome() == JkkOutcome.TOTAL_PERMANENT_DISABILITY;
        if (deceased || disabled) {
            participants.closeMembership(claim.participantId, claim.eventDate, deceased ? "DECEASED" : "TOTAL_DISABILITY");
            claim.refunds = write(contributions.paidAfter(claim.participantId, YearMonth.from(claim.eventDate)).stream()
                    .map(r -> new Refund(r.month(), r.amount(), r.payerId(), r.receiptNumber())).toList());
        }
    }

    /** A late JKK payment owes 1 % of the benefit a day (bpu-rules.md §5), added as its own line. */
    private void pay(Claim claim, LocalDate today) {
        claim.paidOn = today;
        if (claim.programme == Programme.JKK && claim.slaDueDate != null && today.isAfter(claim.slaDueDate)) {
            long compensation = ServiceLevels.lateJkkCompensation(claim.total, claim.slaDueDate, today);
            List<BenefitLine> lines = new ArrayList<>(benefitsOf(claim));
            lines.add(new BenefitLine("JKK_LATE_PAYMENT", compensation, "1 % of Rp" + claim.total + " for each of "
                    + ChronoUnit.DAYS.between(claim.slaDueDate, today) + " days after " + claim.slaDueDate));
            claim.benefits = write(lines);
            claim.total += compensation;
        }
    }

    @Transactional
    public ClaimView addDocuments(UUID id, Documents body) {
        Claim claim = lock(id);
        List<FieldError> errors = validation.errorsOf(body);
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        if (!claim.status.isOpen() || claim.status == ClaimStatus.APPROVED) {
            throw new ProblemException(409, "ILLEGAL_TRANSITION", "The claim is decided",
                    "documents can be added until the claim is approved, paid or rejected");
        }
        ClaimView before = view(claim);
        claim.documents = write(merge(documentsOf(claim), body.documents()));
        markDocumentsComplete(claim, LocalDate.now(clock));
        claim.updatedAt = clock.instant();
        ClaimView after = view(claim);
        audit.write("claim.documents", "participant", claim.participantId, before, after);
        return after;
    }

    /** The service level runs from the day the documents are complete. */
    private void markDocumentsComplete(Claim claim, LocalDate today) {
        if (claim.documentsCompleteOn == null && missing(claim).isEmpty()) {
            claim.documentsCompleteOn = today;
            claim.slaDueDate = ServiceLevels.dueDate(claim.programme, today, reference.current().holidays());
        }
    }

    // ---- Reading ---------------------------------------------------------------------------------------------

    @Transactional
    public Optional<ClaimView> get(UUID id) {
        return claims.findByIdOptional(id).map(this::shownTo);
    }

    /** The view of a read, auditing it when it shows a claimant's NIK in full. */
    private ClaimView shownTo(Claim claim) {
        ClaimView view = view(claim);
        if (view.claimant().nik() != null && actor.maySeeNik()) {
            audit.read("claim", claim.id);
        }
        return view;
    }

    @Transactional
    public List<ClaimView> ofParticipant(UUID participantId) {
        participants.facts(participantId)
                .orElseThrow(() -> ProblemException.notFound("PARTICIPANT_NOT_FOUND", "the participant"));
        return claims.ofParticipant(participantId).stream().map(this::shownTo).toList();
    }

    @Transactional
    public Page list(String status, String programme, String slaBreached, String limit, String cursor) {
        List<FieldError> errors = new ArrayList<>();
        ClaimStatus statusFilter = QueryParams.enumValue(ClaimStatus.class, "status", status, null, errors);
        Programme programmeFilter = QueryParams.enumValue(Programme.class, "programme", programme, null, errors);
        Boolean breached = null;
        if (slaBreached != null) {
            if (!slaBreached.equals("true") && !slaBreached.equals("false")) {
                errors.add(new FieldError("slaBreached", "WRONG_TYPE", "true or false"));
            } else {
                breached = Boolean.valueOf(slaBreached);
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        int size = Cursor.limit(limit);
        List<Claim> rows = claims.page(statusFilter, programmeFilter, breached, LocalDate.now(clock),
                Cursor.decode(cursor), size + 1);
        return new Page(rows.stream().limit(size).map(this::shownTo).toList(),
                rows.size() > size ? Cursor.after(rows.get(size - 1).id) : null);
    }

    private ClaimView view(Claim claim) {
        NewClaim request = read(claim.request, NewClaim.class);
        Set<DocumentType> required = required(claim, request);
        Set<DocumentType> provided = documentsOf(claim).stream().map(Document::type)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DocumentType.class)));
        LocalDate today = LocalDate.now(clock);
        boolean breached = claim.slaDueDate != null && (claim.paidOn != null ? claim.paidOn.isAfter(claim.slaDueDate)
                : claim.status.isOpen() && today.isAfter(claim.slaDueDate));
        List<HistoryEntry> history = transitions.historyOf(claim.id).stream()
                .map(t -> new HistoryEntry(t.from, t.to, t.reason, t.note, t.actor, t.at)).toList();
        ClaimApi.Claimant claimant = request.claimant();
        if (claimant.nik() != null && !actor.maySeeNik() && Nik.isWellFormed(claimant.nik())) {
            claimant = new ClaimApi.Claimant(claimant.fullName(), claimant.relationship(),
                    new Nik(claimant.nik()).masked(), claimant.bankAccount());
        }
        return new ClaimView(claim.id, claim.claimNumber, claim.participantId, claim.programme, claim.eventDate,
                claim.status, claimant, request.jkk(), request.jkm(), request.jht(), claim.eligible,
                codes(claim.reasons), codes(claim.flags), benefitsOf(claim), claim.total,
                required.stream().map(t -> new DocumentCheck(t, provided.contains(t))).toList(),
                required.stream().filter(t -> !provided.contains(t)).toList(), documentsOf(claim), claim.slaDueDate,
                breached, claim.paidOn, read(claim.refunds, new TypeReference<List<Refund>>() { }),
                claim.rejectionReason, history, claim.createdAt, claim.updatedAt);
    }

    // ---- Helpers ---------------------------------------------------------------------------------------------

    private Set<DocumentType> required(Claim claim, NewClaim request) {
        return switch (claim.programme) {
            case JKM -> RequiredDocuments.jkm(request.claimant().relationship().asHeir());
            case JKK -> RequiredDocuments.jkk(jkkClaim(request.jkk()), claim.total,
                    request.claimant().relationship().asHeir());
            default -> RequiredDocuments.jht(request.jht().reason());
        };
    }

    private List<DocumentType> missing(Claim claim) {
        Set<DocumentType> provided = documentsOf(claim).stream().map(Document::type).collect(Collectors.toSet());
        return required(claim, read(claim.request, NewClaim.class)).stream().filter(t -> !provided.contains(t)).toList();
    }

    /** Documents by type: a newer document of a type replaces the older one. */
    private static List<Document> merge(List<Document> existing, List<Document> added) {
        Map<DocumentType, Document> byType = new LinkedHashMap<>();
        existing.forEach(d -> byType.put(d.type(), d));
        added.forEach(d -> byType.put(d.type(), d));
        return List.copyOf(byType.values());
    }

    private static JkkClaim jkkClaim(ClaimApi.Jkk jkk) {
        Map<TransportMode, Long> transport = new EnumMap<>(TransportMode.class);
        if (jkk.transport() != null) {
            jkk.transport().forEach(t -> transport.merge(t.mode(), t.amount(), Long::sum));
        }
        List<Long> medical = jkk.medical() == null ? List.of()
                : jkk.medical().stream().map(ClaimApi.Medical::amount).toList();
        return new JkkClaim(jkk.accidentKind(), jkk.outcome(), jkk.incapacityMonths() == null ? 0 : jkk.incapacityMonths(),
                jkk.disabilityPercent() == null ? 0 : jkk.disabilityPercent(), transport, medical, children(jkk.children()));
    }

    private static List<Child> children(List<ChildBody> children) {
        return children == null ? List.of() : children.stream().map(c -> new Child(c.fullName(), c.birthDate(),
                c.educationLevel(), Boolean.TRUE.equals(c.married()), Boolean.TRUE.equals(c.working()))).toList();
    }

    private Claim lock(UUID id) {
        Claim claim = claims.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (claim == null) {
            throw ProblemException.notFound("CLAIM_NOT_FOUND", "the claim");
        }
        return claim;
    }

    private void record(Claim claim, ClaimStatus from, ClaimStatus to, String reason, String note) {
        ClaimTransition t = new ClaimTransition();
        t.claimId = claim.id;
        t.from = from;
        t.to = to;
        t.reason = reason;
        t.note = note;
        t.actor = actor.name();
        t.at = clock.instant();
        transitions.persist(t);
    }

    private List<BenefitLine> benefitsOf(Claim claim) {
        return read(claim.benefits, new TypeReference<List<BenefitLine>>() { });
    }

    private List<Document> documentsOf(Claim claim) {
        return read(claim.documents, new TypeReference<List<Document>>() { });
    }

    private static List<String> codes(String csv) {
        return csv.isEmpty() ? List.of() : List.of(csv.split(","));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ProblemException duplicateJkm() {
        return new ProblemException(409, "DUPLICATE_CLAIM", "A JKM claim exists",
                "this participant already has a JKM claim that is not rejected");
    }
}
