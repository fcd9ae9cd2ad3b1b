package id.go.bekasikab.bpu.claim;

import id.go.bekasikab.bpu.claim.ClaimApi.BenefitLine;
import id.go.bekasikab.bpu.claim.ClaimApi.ChildBody;
import id.go.bekasikab.bpu.claim.ClaimApi.ClaimView;
import id.go.bekasikab.bpu.claim.ClaimApi.Document;
import id.go.bekasikab.bpu.claim.ClaimApi.DocumentCheck;
import id.go.bekasikab.bpu.claim.ClaimApi.Documents;
import id.go.bekasikab.bpu.claim.ClaimApi.HistoryEntry;
import id.go.bekasikab.bpu.claim.ClaimApi.NewClaim;
import id.go.bekasikab.bpu.claim.ClaimApi.Refund;
import id.go.bekasikab.bpu.platform.AuditLog;
import id.go.bekasikab.bpu.platform.Caller;
import id.go.bekasikab.bpu.reference.ReferenceDataService;
import id.go.bekasikab.bpu.rules.Child;
import id.go.bekasikab.bpu.rules.DocumentType;
import id.go.bekasikab.bpu.rules.JkkClaim;
import id.go.bekasikab.bpu.rules.Nik;
import id.go.bekasikab.bpu.rules.RequiredDocuments;
import id.go.bekasikab.bpu.rules.ServiceLevels;
import id.go.bekasikab.bpu.rules.TransportMode;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** A claim as callers see it, with its document checklist: what is required, provided and missing. */
@ApplicationScoped
class ClaimViews {

    private final ClaimTransitionRepository transitions;
    private final ReferenceDataService reference;
    private final Caller actor;
    private final AuditLog audit;
    private final Clock clock;

    ClaimViews(ClaimTransitionRepository transitions, ReferenceDataService reference, Caller actor,
               AuditLog audit, Clock clock) {
        this.transitions = transitions;
        this.reference = reference;
        this.actor = actor;
        this.audit = audit;
        this.clock = clock;
    }

    /** The service level runs from the day the documents are complete. */
    void markDocumentsComplete(Claim claim, LocalDate today) {
        if (claim.documentsCompleteOn == null && missing(claim).isEmpty()) {
            claim.documentsCompleteOn = today;
            claim.slaDueDate = ServiceLevels.dueDate(claim.programme, today, reference.current().holidays());
        }
    }

    /** The view of a read, auditing it when it shows a claimant's NIK in full. */
    ClaimView shownTo(Claim claim) {
        ClaimView view = view(claim);
        if (view.claimant().nik() != null && actor.maySeeNik()) {
            audit.read("claim", claim.id);
        }
        return view;
    }

    ClaimView view(Claim claim) {
        NewClaim request = claim.request;
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
                claim.reasons, claim.flags, benefitsOf(claim), claim.total,
                required.stream().map(t -> new DocumentCheck(t, provided.contains(t))).toList(),
                required.stream().filter(t -> !provided.contains(t)).toList(), documentsOf(claim), claim.slaDueDate,
                breached, claim.paidOn, claim.refunds,
                claim.rejectionReason, history, claim.createdAt, claim.updatedAt);
    }

    Set<DocumentType> required(Claim claim, NewClaim request) {
        return switch (claim.programme) {
            case JKM -> RequiredDocuments.jkm(request.claimant().relationship().asHeir());
            case JKK -> RequiredDocuments.jkk(jkkClaim(request.jkk()), claim.total,
                    request.claimant().relationship().asHeir());
            default -> RequiredDocuments.jht(request.jht().reason());
        };
    }

    List<DocumentType> missing(Claim claim) {
        Set<DocumentType> provided = documentsOf(claim).stream().map(Document::type).collect(Collectors.toSet());
        return required(claim, claim.request).stream().filter(t -> !provided.contains(t)).toList();
    }

    /** Documents by type: a newer document of a type replaces the older one. */
    static List<Document> merge(List<Document> existing, List<Document> added) {
        Map<DocumentType, Document> byType = new LinkedHashMap<>();
        existing.forEach(d -> byType.put(d.type(), d));
        added.forEach(d -> byType.put(d.type(), d));
        return List.copyOf(byType.values());
    }

    static JkkClaim jkkClaim(ClaimApi.Jkk jkk) {
        Map<TransportMode, Long> transport = new EnumMap<>(TransportMode.class);
        if (jkk.transport() != null) {
            jkk.transport().forEach(t -> transport.merge(t.mode(), t.amount(), Long::sum));
        }
        List<Long> medical = jkk.medical() == null ? List.of()
                : jkk.medical().stream().map(ClaimApi.Medical::amount).toList();
        return new JkkClaim(jkk.accidentKind(), jkk.outcome(), jkk.incapacityMonths() == null ? 0 : jkk.incapacityMonths(),
                jkk.disabilityPercent() == null ? 0 : jkk.disabilityPercent(), transport, medical, children(jkk.children()));
    }

    static List<Child> children(List<ChildBody> children) {
        return children == null ? List.of() : children.stream().map(c -> new Child(c.fullName(), c.birthDate(),
                c.educationLevel(), Boolean.TRUE.equals(c.married()), Boolean.TRUE.equals(c.working()))).toList();
    }

    List<BenefitLine> benefitsOf(Claim claim) {
        return claim.benefits;
    }

    List<Document> documentsOf(Claim claim) {
        return claim.documents;
    }

}
