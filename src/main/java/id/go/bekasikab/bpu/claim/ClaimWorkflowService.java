package id.go.bekasikab.bpu.claim;

import id.go.bekasikab.bpu.platform.BusinessMetrics;
import id.go.bekasikab.bpu.claim.ClaimApi.BenefitLine;
import id.go.bekasikab.bpu.claim.ClaimApi.ClaimView;
import id.go.bekasikab.bpu.claim.ClaimApi.Documents;
import id.go.bekasikab.bpu.claim.ClaimApi.NewClaim;
import id.go.bekasikab.bpu.claim.ClaimApi.Refund;
import id.go.bekasikab.bpu.claim.ClaimApi.Transition;
import id.go.bekasikab.bpu.contribution.Ledgers;
import id.go.bekasikab.bpu.participant.MembershipService;
import id.go.bekasikab.bpu.participant.ParticipantService;
import id.go.bekasikab.bpu.platform.AuditLog;
import id.go.bekasikab.bpu.platform.Outbox;
import id.go.bekasikab.bpu.platform.Caller;
import id.go.bekasikab.bpu.platform.FieldError;
import id.go.bekasikab.bpu.platform.ProblemException;
import id.go.bekasikab.bpu.platform.RequestValidation;
import id.go.bekasikab.bpu.rules.ClaimRejection;
import id.go.bekasikab.bpu.rules.ClaimStatus;
import id.go.bekasikab.bpu.rules.ClosureReason;
import id.go.bekasikab.bpu.rules.DocumentType;
import id.go.bekasikab.bpu.rules.Ledger;
import id.go.bekasikab.bpu.rules.Programme;
import id.go.bekasikab.bpu.rules.ServiceLevels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.util.Map;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A claim's workflow after submission: verification, approval (a death or total disability closes the membership and
 * lists later months' contributions as refunds), payment with late-payment compensation, rejection with a reason.
 */
@ApplicationScoped
public class ClaimWorkflowService {

    private final BusinessMetrics metrics;
    private final ClaimRepository claims;
    private final ClaimTransitionRepository transitions;
    private final ParticipantService participants;
    private final MembershipService memberships;
    private final Ledgers ledgers;
    private final RequestValidation validation;
    private final ClaimViews views;
    private final Caller actor;
    private final AuditLog audit;
    private final Outbox outbox;
    private final Clock clock;

    ClaimWorkflowService(ClaimRepository claims, ClaimTransitionRepository transitions,
                         ParticipantService participants, MembershipService memberships, Ledgers ledgers,
                         RequestValidation validation, ClaimViews views, Caller actor, AuditLog audit, Outbox outbox,
                         Clock clock, BusinessMetrics metrics) {
        this.metrics = metrics;
        this.claims = claims;
        this.transitions = transitions;
        this.participants = participants;
        this.memberships = memberships;
        this.ledgers = ledgers;
        this.validation = validation;
        this.views = views;
        this.actor = actor;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
    }

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
        ClaimView before = views.view(claim);
        if (!from.canMoveTo(body.to())) {
            throw new ProblemException(409, "ILLEGAL_TRANSITION", "Illegal transition",
                    "a claim " + from + " can move to " + from.next().stream().map(Enum::name)
                            .collect(Collectors.joining(", ", "", "")) + ", not " + body.to());
        }
        LocalDate today = LocalDate.now(clock);
        switch (body.to()) {
            case UNDER_VERIFICATION, SUBMITTED -> {
                if (body.to() == ClaimStatus.UNDER_VERIFICATION || from == ClaimStatus.DOCUMENTS_INCOMPLETE) {
                    List<DocumentType> missing = views.missing(claim);
                    if (!missing.isEmpty()) {
                        throw new ProblemException(409, "DOCUMENTS_MISSING", "Documents missing",
                                "still missing: " + missing.stream().map(Enum::name).collect(Collectors.joining(", ")));
                    }
                }
            }
            case APPROVED -> {
                if (!claim.eligible) {
                    throw new ProblemException(409, "CLAIM_NOT_ELIGIBLE", "The claim is not eligible",
                            "not eligible: " + String.join(", ", claim.reasons) + "; reject it with one of these reasons");
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
        metrics.claimEntered(claim.programme, body.to());
        transitions.record(claim, from, body.to(), body.reason(), body.note(), actor.name(), clock.instant());
        ClaimView after = views.view(claim);
        audit.write("claim.transition", "participant", claim.participantId, before, after);
        outbox.emit("claim.status-changed", claim.participantId, List.of(), Map.of("claimId", claim.id,
                "participantId", claim.participantId, "from", from, "to", body.to()));
        return after;
    }

    /** Death and total disability close the membership; contributions for later months become refunds. */
    private void approve(Claim claim) {
        NewClaim request = claim.request;
        Optional<ClosureReason> closure = ClosureReason.ofClaim(claim.programme,
                request.jkk() == null ? null : request.jkk().outcome());
        if (closure.isPresent()) {
            memberships.close(claim.participantId, claim.eventDate, closure.get());
            Ledger ledger = ledgers.of(participants.facts(claim.participantId).orElseThrow());
            claim.refunds = ledger.history().paidAfter(YearMonth.from(claim.eventDate)).stream()
                    .map(r -> new Refund(r.month(), r.amount(), r.payerId(), r.receiptNumber())).toList();
        }
    }

    /** A late JKK payment owes 1 % of the benefit a day (bpu-rules.md §5), added as its own line. */
    private void pay(Claim claim, LocalDate today) {
        claim.paidOn = today;
        if (claim.programme == Programme.JKK && claim.slaDueDate != null && today.isAfter(claim.slaDueDate)) {
            long compensation = ServiceLevels.lateJkkCompensation(claim.total, claim.slaDueDate, today);
            List<BenefitLine> lines = new ArrayList<>(views.benefitsOf(claim));
            lines.add(new BenefitLine("JKK_LATE_PAYMENT", compensation, "1 % of Rp" + claim.total + " for each of "
                    + ChronoUnit.DAYS.between(claim.slaDueDate, today) + " days after " + claim.slaDueDate));
            claim.benefits = List.copyOf(lines);
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
        ClaimView before = views.view(claim);
        claim.documents = ClaimViews.merge(views.documentsOf(claim), body.documents());
        views.markDocumentsComplete(claim, LocalDate.now(clock));
        claim.updatedAt = clock.instant();
        ClaimView after = views.view(claim);
        audit.write("claim.documents", "participant", claim.participantId, before, after);
        return after;
    }

    private Claim lock(UUID id) {
        Claim claim = claims.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (claim == null) {
            throw ProblemException.notFound("CLAIM_NOT_FOUND", "the claim");
        }
        return claim;
    }
}
