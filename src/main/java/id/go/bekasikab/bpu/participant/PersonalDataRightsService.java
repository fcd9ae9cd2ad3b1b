package id.go.bekasikab.bpu.participant;

import id.go.bekasikab.bpu.participant.ParticipantApi.CorrectionDecision;
import id.go.bekasikab.bpu.participant.ParticipantApi.CorrectionRequest;
import id.go.bekasikab.bpu.participant.ParticipantApi.CorrectionView;
import id.go.bekasikab.bpu.participant.ParticipantApi.Erasure;
import id.go.bekasikab.bpu.participant.ParticipantApi.ParticipantView;
import id.go.bekasikab.bpu.platform.AuditLog;
import id.go.bekasikab.bpu.platform.Caller;
import id.go.bekasikab.bpu.platform.Constraints;
import id.go.bekasikab.bpu.platform.FieldError;
import id.go.bekasikab.bpu.platform.Ids;
import id.go.bekasikab.bpu.platform.NikHasher;
import id.go.bekasikab.bpu.platform.ProblemException;
import id.go.bekasikab.bpu.platform.RequestValidation;
import id.go.bekasikab.bpu.rules.MembershipStatus;
import id.go.bekasikab.bpu.rules.Nik;
import id.go.bekasikab.bpu.rules.PersonName;
import id.go.bekasikab.bpu.rules.Rejection;
import id.go.bekasikab.bpu.rules.Sex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Data-subject rights (UU 27/2022): reviewed identity corrections, and erasure by pseudonymisation that keeps the
 * money's records.
 */
@ApplicationScoped
public class PersonalDataRightsService {

    private final ParticipantRepository participants;
    private final StatusChangeRepository history;
    private final CorrectionRepository corrections;
    private final ParticipantService reads;
    private final RequestValidation validation;
    private final NikHasher nikHasher;
    private final ParticipantViews views;
    private final Caller actor;
    private final AuditLog audit;
    private final Clock clock;

    PersonalDataRightsService(ParticipantRepository participants, StatusChangeRepository history,
                              CorrectionRepository corrections, ParticipantService reads, RequestValidation validation,
                              NikHasher nikHasher, ParticipantViews views, Caller actor, AuditLog audit, Clock clock) {
        this.participants = participants;
        this.history = history;
        this.corrections = corrections;
        this.reads = reads;
        this.validation = validation;
        this.nikHasher = nikHasher;
        this.views = views;
        this.actor = actor;
        this.audit = audit;
        this.clock = clock;
    }

    /** A person asks to correct an identity field; an officer decides. Nothing changes until then. */
    @Transactional
    public CorrectionView requestCorrection(UUID id, CorrectionRequest body) {
        Participant p = requireOpen(id);
        List<FieldError> errors = validation.errorsOf(body);
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        IdentityCorrection c = new IdentityCorrection();
        c.id = Ids.newId();
        c.participantId = p.id;
        c.field = body.field();
        c.requestedValue = body.field() == IdentityCorrection.Field.FULL_NAME ? PersonName.normalise(body.value())
                : body.value().strip();
        c.reason = body.reason().strip();
        c.status = IdentityCorrection.Status.PENDING;
        c.requestedBy = actor.name();
        c.requestedAt = clock.instant();
        corrections.persist(c);
        CorrectionView view = viewOf(c);
        audit.write("participant.correction-request", "participant", p.id, null, view);
        return view;
    }

    /**
     * An officer's decision. Approving applies the value if the identity stays consistent (the NIK's date part
     * still matches birth date and sex, the NIK still unique); otherwise 422 and nothing changes.
     */
    @Transactional
    public CorrectionView decideCorrection(UUID id, UUID correctionId, CorrectionDecision body) {
        Participant p = requireOpen(id);
        List<FieldError> errors = validation.errorsOf(body);
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        IdentityCorrection c = corrections.findByIdOptional(correctionId).filter(x -> x.participantId.equals(p.id))
                .orElseThrow(() -> ProblemException.notFound("CORRECTION_NOT_FOUND", "the correction"));
        if (c.status != IdentityCorrection.Status.PENDING) {
            throw new ProblemException(409, "CORRECTION_DECIDED", "Already decided",
                    "this correction was " + c.status.name().toLowerCase());
        }
        ParticipantView before = views.view(p, null);
        if (body.approve()) {
            applyCorrection(p, c);
        }
        c.status = body.approve() ? IdentityCorrection.Status.APPROVED : IdentityCorrection.Status.REJECTED;
        c.decidedBy = actor.name();
        c.decidedAt = clock.instant();
        c.note = body.note();
        p.updatedAt = clock.instant();
        try {
            participants.flush();
        } catch (PersistenceException e) {
            if (Constraints.violated(e, RegistrationService.NIK_UNIQUE)) {
                throw correctionRefused("another membership already has this NIK");
            }
            throw e;
        }
        audit.write("participant.correction-decision", "participant", p.id, before, views.view(p, null));
        return viewOf(c);
    }

    private void applyCorrection(Participant p, IdentityCorrection c) {
        String value = c.requestedValue;
        String nik = p.nik;
        LocalDate birthDate = p.birthDate;
        Sex sex = p.sex;
        try {
            switch (c.field) {
                case FULL_NAME -> {
                    if (!PersonName.isValid(value)) {
                        throw correctionRefused(Rejection.INVALID_NAME.message());
                    }
                    p.fullName = PersonName.of(value).value();
                    return;
                }
                case BIRTH_DATE -> birthDate = LocalDate.parse(value);
                case SEX -> sex = Sex.valueOf(value);
                case NIK -> nik = value;
            }
        } catch (RuntimeException e) {
            if (e instanceof ProblemException problem) {
                throw problem;
            }
            throw correctionRefused("the value is not a valid " + c.field.name().toLowerCase().replace('_', ' '));
        }
        if (!Nik.isWellFormed(nik)) {
            throw correctionRefused(Rejection.INVALID_NIK.message());
        }
        Optional<Rejection> mismatch = new Nik(nik).mismatchWith(birthDate, sex);
        if (mismatch.isPresent()) {
            throw correctionRefused("after the correction " + mismatch.get().message());
        }
        p.nik = nik;
        p.nikHash = nikHasher.hash(nik);
        p.birthDate = birthDate;
        p.sex = sex;
    }

    private static ProblemException correctionRefused(String why) {
        return new ProblemException(422, "CORRECTION_INCONSISTENT", "The correction cannot be applied", why);
    }

    @Transactional
    public List<CorrectionView> corrections(UUID id) {
        reads.requireVisible(id);
        return corrections.ofParticipant(id).stream().map(this::viewOf).toList();
    }

    /**
     * Consent withdrawn: the person's data is pseudonymised and the membership closed, while payments,
     * contributions and claims stay as they are (the service must still account for the money). Heirs, who are
     * third parties, are removed. The audit trail keeps its records: it is the legal record of processing.
     */
    @Transactional
    public ParticipantView erase(UUID id, Erasure body) {
        Participant p = participants.lockById(id).filter(x -> reads.visible(x.id))
                .orElseThrow(() -> ProblemException.notFound("PARTICIPANT_NOT_FOUND", "the participant"));
        List<FieldError> errors = validation.errorsOf(body);
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        if (p.erasedAt != null) {
            throw new ProblemException(409, "ALREADY_ERASED", "Already erased", "this person's data was erased on "
                    + p.erasedAt);
        }
        Instant now = clock.instant();
        p.erase(nikHasher.hash(Participant.pseudonymOf(p.id)), now, LocalDate.now(clock));
        if (p.status != MembershipStatus.ENDED) {
            history.persist(StatusChange.of(p.id, p.status, MembershipStatus.ENDED, "ERASED", actor.name(), now));
            p.status = MembershipStatus.ENDED;
        }
        corrections.ofParticipant(p.id).forEach(corrections::delete);
        audit.write("participant.erase", "participant", p.id, null, Map.of("reason", body.reason()));
        return views.view(p, history.historyOf(p.id));
    }

    private Participant requireOpen(UUID id) {
        Participant p = participants.lockById(id).filter(x -> reads.visible(x.id))
                .orElseThrow(() -> ProblemException.notFound("PARTICIPANT_NOT_FOUND", "the participant"));
        if (p.erasedAt != null) {
            throw new ProblemException(409, "ALREADY_ERASED", "Erased", "this person's data was erased");
        }
        return p;
    }

    private CorrectionView viewOf(IdentityCorrection c) {
        String value = c.field == IdentityCorrection.Field.NIK ? views.shown(c.requestedValue) : c.requestedValue;
        return new CorrectionView(c.id, c.field, value, c.reason, c.status, c.requestedBy, c.requestedAt, c.decidedBy,
                c.decidedAt, c.note);
    }
}
