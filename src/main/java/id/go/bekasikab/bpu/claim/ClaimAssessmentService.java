package id.go.bekasikab.bpu.claim;

import id.go.bekasikab.bpu.platform.BusinessMetrics;
import id.go.bekasikab.bpu.platform.Settings;
import id.go.bekasikab.bpu.claim.ClaimApi.BenefitLine;
import id.go.bekasikab.bpu.claim.ClaimApi.ClaimView;
import id.go.bekasikab.bpu.claim.ClaimApi.NewClaim;
import id.go.bekasikab.bpu.contribution.Ledgers;
import id.go.bekasikab.bpu.participant.ParticipantFacts;
import id.go.bekasikab.bpu.participant.ParticipantService;
import id.go.bekasikab.bpu.platform.AuditLog;
import id.go.bekasikab.bpu.platform.Outbox;
import id.go.bekasikab.bpu.platform.Caller;
import id.go.bekasikab.bpu.platform.Constraints;
import id.go.bekasikab.bpu.platform.FieldError;
import id.go.bekasikab.bpu.platform.Ids;
import id.go.bekasikab.bpu.platform.ProblemException;
import id.go.bekasikab.bpu.platform.RequestValidation;
import id.go.bekasikab.bpu.reference.ReferenceDataService;
import id.go.bekasikab.bpu.rules.Benefit;
import id.go.bekasikab.bpu.rules.ClaimEligibility;
import id.go.bekasikab.bpu.rules.ClaimRejection;
import id.go.bekasikab.bpu.rules.ClaimStatus;
import id.go.bekasikab.bpu.rules.ClosureReason;
import id.go.bekasikab.bpu.rules.Jht;
import id.go.bekasikab.bpu.rules.JhtReason;
import id.go.bekasikab.bpu.rules.JkkBenefits;
import id.go.bekasikab.bpu.rules.JkkOutcome;
import id.go.bekasikab.bpu.rules.JkmBenefits;
import id.go.bekasikab.bpu.rules.Ledger;
import id.go.bekasikab.bpu.rules.Programme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Submitting a claim: eligibility by the event date and benefits, from the ledger and the rules module. */
@ApplicationScoped
public class ClaimAssessmentService {

    public static final String SCOPE = "claim";

    private final BusinessMetrics metrics;
    private final ClaimRepository claims;
    private final ClaimTransitionRepository transitions;
    private final ParticipantService participants;
    private final Ledgers ledgers;
    private final ReferenceDataService reference;
    private final RequestValidation validation;
    private final ClaimViews views;
    private final Caller actor;
    private final AuditLog audit;
    private final Outbox outbox;
    private final Clock clock;
    private final int jhtReturnBasisPoints;

    ClaimAssessmentService(ClaimRepository claims, ClaimTransitionRepository transitions,
                           ParticipantService participants, Ledgers ledgers, ReferenceDataService reference,
                           RequestValidation validation, ClaimViews views, Caller actor,
                           AuditLog audit, Outbox outbox, Clock clock, Settings settings, BusinessMetrics metrics) {
        this.metrics = metrics;
        this.claims = claims;
        this.transitions = transitions;
        this.participants = participants;
        this.ledgers = ledgers;
        this.reference = reference;
        this.validation = validation;
        this.views = views;
        this.actor = actor;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
        this.jhtReturnBasisPoints = settings.jht().annualReturnBasisPoints();
    }

    @Transactional
    public ClaimView submit(NewClaim body) {
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
        // the participant's row lock: a reversal of a month this claim relies on waits for it, and then sees it
        ParticipantFacts facts = participants.lockForPayment(body.participantId())
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
        claim.request = new NewClaim(body.participantId(), body.programme(), body.eventDate(), body.claimant(),
                body.jkk(), body.jkm(), body.jht(), null);
        claim.documents = body.documents() == null ? List.of() : ClaimViews.merge(List.of(), body.documents());
        claim.eligible = assessment.reasons().isEmpty();
        claim.reasons = assessment.reasons().stream().map(Enum::name).toList();
        claim.flags = List.copyOf(assessment.flags());
        claim.benefits = assessment.benefits().stream()
                .map(b -> new BenefitLine(b.code(), b.amount(), b.basis())).toList();
        claim.total = assessment.benefits().stream().mapToLong(Benefit::amount).sum();
        claim.refunds = List.of();
        claim.createdAt = clock.instant();
        claim.updatedAt = claim.createdAt;
        views.markDocumentsComplete(claim, today);
        try {
            claims.persistAndFlush(claim);
        } catch (PersistenceException e) {
            throw Constraints.violated(e, "claim_one_jkm") ? duplicateJkm() : e;
        }
        transitions.record(claim, null, ClaimStatus.SUBMITTED, null, null, actor.name(), clock.instant());
        ClaimView view = views.view(claim);
        audit.write("claim.submit", "participant", claim.participantId, null, view);
        metrics.claimEntered(claim.programme, ClaimStatus.SUBMITTED);
        outbox.emit("claim.submitted", claim.participantId, List.of(), Map.of("claimId", claim.id,
                "participantId", claim.participantId, "programme", claim.programme, "eligible", view.eligible()));
        return view;
    }

    private record Assessment(List<ClaimRejection> reasons, List<String> flags, List<Benefit> benefits) {
    }

    /** Eligibility, flags and benefits as the rules module computes them for this claim. */
    private Assessment assess(NewClaim body, ParticipantFacts facts, LocalDate today) {
        LocalDate event = body.eventDate();
        YearMonth eventMonth = YearMonth.from(event);
        boolean death = ClosureReason.ofClaim(body.programme(), body.jkk() == null ? null : body.jkk().outcome())
                .filter(r -> r == ClosureReason.DECEASED).isPresent()
                || (body.programme() == Programme.JHT && body.jht().reason() == JhtReason.DEATH);
        Ledger ledger = ledgers.of(facts);
        List<Programme> covered = ledger.coveredOn(event);
        boolean closedBefore = facts.closure() != null && event.isAfter(facts.closure().lastCoveredDay());
        List<ClaimRejection> reasons = new ArrayList<>(ClaimEligibility.check(body.programme(),
                covered.contains(body.programme()), closedBefore, event, today, death,
                body.claimant().relationship().asHeir(), facts.heirs()));
        List<String> flags = new ArrayList<>();
        List<Benefit> benefits;
        switch (body.programme()) {
            case JKM -> benefits = JkmBenefits.compute(ledger.history().paidMonths(Programme.JKM, eventMonth),
                    ClaimViews.children(body.jkm() == null ? null : body.jkm().children()), event);
            case JKK -> {
                long basis = ledger.history().paidBasis(eventMonth).orElseGet(() ->
                        reference.current().tariff().incomeBasis().basisFor(facts.declaredIncome(), event));
                benefits = JkkBenefits.compute(basis, ClaimViews.jkkClaim(body.jkk()), event);
                // bpu-rules.md §5: the stage-I report is due within 2 x 24 h; a late one is flagged, not refused
                if (body.jkk().reportedAt() != null && body.jkk().reportedAt().toInstant()
                        .isAfter(event.plusDays(1).atStartOfDay(clock.getZone()).plusHours(48).toInstant())) {
                    flags.add("LATE_ACCIDENT_REPORT");
                }
            }
            default -> {
                Map<YearMonth, Long> paid = ledger.history().contributions(Programme.JHT);
                if (paid.isEmpty()) {
                    reasons.add(ClaimRejection.PROGRAMME_NOT_HELD);
                }
                int months = paid.isEmpty() ? 0
                        : (int) ChronoUnit.MONTHS.between(paid.keySet().iterator().next(), eventMonth) + 1;
                Jht.refusal(body.jht().reason(), facts.birthDate(), event, months, claims.hasPartialJht(facts.id()))
                        .ifPresent(reasons::add);
                benefits = Jht.payout(body.jht().reason(), Jht.balanceOnClaim(paid, jhtReturnBasisPoints,
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

    private static ProblemException duplicateJkm() {
        return new ProblemException(409, "DUPLICATE_CLAIM", "A JKM claim exists",
                "this participant already has a JKM claim that is not rejected");
    }
}
