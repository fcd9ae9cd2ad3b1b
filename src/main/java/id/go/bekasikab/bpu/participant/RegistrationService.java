package id.go.bekasikab.bpu.participant;

import id.go.bekasikab.bpu.platform.BusinessMetrics;
import id.go.bekasikab.bpu.participant.ParticipantApi.Changes;
import id.go.bekasikab.bpu.participant.ParticipantApi.ParticipantView;
import id.go.bekasikab.bpu.participant.ParticipantApi.Registration;
import id.go.bekasikab.bpu.participant.ParticipantApi.Versioned;
import id.go.bekasikab.bpu.platform.AuditLog;
import id.go.bekasikab.bpu.platform.Outbox;
import id.go.bekasikab.bpu.reference.Regions;
import id.go.bekasikab.bpu.platform.Caller;
import id.go.bekasikab.bpu.platform.Constraints;
import id.go.bekasikab.bpu.platform.FieldError;
import id.go.bekasikab.bpu.platform.Ids;
import id.go.bekasikab.bpu.platform.NikHasher;
import id.go.bekasikab.bpu.platform.ProblemException;
import id.go.bekasikab.bpu.platform.RequestValidation;
import id.go.bekasikab.bpu.rules.MembershipNumber;
import id.go.bekasikab.bpu.rules.MembershipStatus;
import id.go.bekasikab.bpu.rules.PersonName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Registration, one at a time or in bulk: the same checks, one membership per NIK. */
@ApplicationScoped
public class RegistrationService {

    private final BusinessMetrics metrics;
    private final Regions regions;

    static final String NIK_UNIQUE = "participant_nik_hash_unique";
    static final String REGISTERED = "REGISTERED";

    private final ParticipantRepository participants;
    private final StatusChangeRepository history;
    private final RequestValidation validation;
    private final NikHasher nikHasher;
    private final ParticipantViews views;
    private final Caller actor;
    private final AuditLog audit;
    private final Outbox outbox;
    private final Clock clock;

    RegistrationService(ParticipantRepository participants, StatusChangeRepository history,
                        RequestValidation validation, NikHasher nikHasher, ParticipantViews views, Caller actor,
                        AuditLog audit, Outbox outbox, Regions regions, Clock clock, BusinessMetrics metrics) {
        this.metrics = metrics;
        this.regions = regions;
        this.participants = participants;
        this.history = history;
        this.validation = validation;
        this.nikHasher = nikHasher;
        this.views = views;
        this.actor = actor;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Versioned register(Registration body) {
        List<FieldError> errors = errorsOf(body);
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        Participant p = newParticipant(body, participants.nextMembershipSerials(1).get(0));
        try {
            participants.persistAndFlush(p);
        } catch (PersistenceException e) {
            if (Constraints.violated(e, NIK_UNIQUE)) {
                throw new ProblemException(409, "NIK_ALREADY_REGISTERED", "NIK already registered",
                        "a BPU membership already exists for this NIK; find it with POST /v1/participants/search");
            }
            throw e;
        }
        StatusChange registered = StatusChange.of(p.id, null, p.status, REGISTERED, actor.name(), p.createdAt);
        history.persist(registered);
        ParticipantView view = views.view(p, List.of(registered));
        audit.write("participant.register", "participant", p.id, null, view);
        metrics.registered("api", 1);
        outbox.emit("participant.registered", p.id, List.of(), Map.of("participantId", p.id,
                "membershipNumber", p.membershipNumber, "regionCode", p.regionCode, "occupation", p.occupation));
        return new Versioned(view, p.version);
    }

    /** One row of a bulk registration: the participant it created or found, or why it was refused. */
    public record BulkOutcome(UUID participantId, boolean created, FieldError rejection) {
    }

    /**
     * Registers many participants in the caller's transaction, with the same checks as one registration. A NIK
     * already registered, or repeated in the batch, links to its participant instead of failing. Runs outside any
     * HTTP request (a background job), so the actor is named by the caller.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<BulkOutcome> registerMany(List<Registration> rows, String actorName) {
        BulkOutcome[] outcomes = new BulkOutcome[rows.size()];
        String[] hashOfRow = new String[rows.size()];
        Map<String, Integer> firstRowOfHash = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            List<FieldError> errors = errorsOf(rows.get(i));
            if (!errors.isEmpty()) {
                outcomes[i] = new BulkOutcome(null, false, errors.get(0));
                continue;
            }
            hashOfRow[i] = nikHasher.hash(rows.get(i).nik());
            firstRowOfHash.putIfAbsent(hashOfRow[i], i);
        }
        List<String> hashes = List.copyOf(firstRowOfHash.keySet());
        Map<String, UUID> existing = participants.idsByNikHash(hashes);
        List<Integer> toCreate = firstRowOfHash.entrySet().stream()
                .filter(e -> !existing.containsKey(e.getKey())).map(Map.Entry::getValue).sorted().toList();
        List<Long> serials = participants.nextMembershipSerials(toCreate.size());
        Map<String, UUID> created = new HashMap<>();
        Instant now = clock.instant();
        for (int n = 0; n < toCreate.size(); n++) {
            int i = toCreate.get(n);
            Participant p = newParticipant(rows.get(i), serials.get(n));
            participants.persist(p);
            history.persist(StatusChange.of(p.id, null, p.status, REGISTERED, actorName, now));
            created.put(p.nikHash, p.id);
            outcomes[i] = new BulkOutcome(p.id, true, null);
        }
        metrics.registered("enrolment", created.size());
        for (int i = 0; i < rows.size(); i++) {
            if (outcomes[i] == null) {
                String hash = hashOfRow[i];
                UUID id = existing.containsKey(hash) ? existing.get(hash) : created.get(hash);
                outcomes[i] = new BulkOutcome(id, false, null);
            }
        }
        participants.flush();
        return List.of(outcomes);
    }

    /** Every field error of a registration: the schema's, then the rules' (NIK, names, programmes, heirs). */
    private List<FieldError> errorsOf(Registration body) {
        List<FieldError> errors = new ArrayList<>(validation.errorsOf(body));
        if (body != null) {
            ParticipantChecks.checkIdentity(body, errors);
            ParticipantChecks.checkCommon(body.address(), body.programmes(), body.heirs(), errors);
            ParticipantChecks.checkRegion(body.address(), regions, errors);
        }
        return errors;
    }

    private Participant newParticipant(Registration body, long serial) {
        Participant p = new Participant();
        p.id = Ids.newId();
        p.membershipNumber = MembershipNumber.fromSerial(serial).value();
        p.nik = body.nik();
        p.nikHash = nikHasher.hash(body.nik());
        p.fullName = PersonName.of(body.fullName()).value();
        p.birthDate = body.birthDate();
        p.sex = body.sex();
        p.change(new Changes(body.phone(), body.email(), body.address(), body.occupation(), body.declaredIncome(),
                body.programmes(), body.heirs() == null ? List.of() : body.heirs()));
        p.status = MembershipStatus.PENDING_FIRST_PAYMENT;
        p.createdAt = clock.instant();
        p.updatedAt = p.createdAt;
        return p;
    }
}
