package id.go.bekasikab.bpu.participant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bekasikab.bpu.contribution.ReferenceDataService;
import id.go.bekasikab.bpu.participant.ParticipantApi.Address;
import id.go.bekasikab.bpu.participant.ParticipantApi.Changes;
import id.go.bekasikab.bpu.participant.ParticipantApi.CorrectionDecision;
import id.go.bekasikab.bpu.participant.ParticipantApi.CorrectionRequest;
import id.go.bekasikab.bpu.participant.ParticipantApi.CorrectionView;
import id.go.bekasikab.bpu.participant.ParticipantApi.Erasure;
import id.go.bekasikab.bpu.participant.ParticipantApi.ContributionLineView;
import id.go.bekasikab.bpu.participant.ParticipantApi.Found;
import id.go.bekasikab.bpu.participant.ParticipantApi.HeirBody;
import id.go.bekasikab.bpu.participant.ParticipantApi.MonthlyContributionView;
import id.go.bekasikab.bpu.participant.ParticipantApi.Page;
import id.go.bekasikab.bpu.participant.ParticipantApi.ParticipantView;
import id.go.bekasikab.bpu.participant.ParticipantApi.Registration;
import id.go.bekasikab.bpu.participant.ParticipantApi.Search;
import id.go.bekasikab.bpu.participant.ParticipantApi.StatusChangeView;
import id.go.bekasikab.bpu.platform.AuditLog;
import id.go.bekasikab.bpu.platform.Caller;
import id.go.bekasikab.bpu.platform.Constraints;
import id.go.bekasikab.bpu.platform.Cursor;
import id.go.bekasikab.bpu.platform.FieldError;
import id.go.bekasikab.bpu.platform.Ids;
import id.go.bekasikab.bpu.platform.MergePatch;
import id.go.bekasikab.bpu.platform.NikHasher;
import id.go.bekasikab.bpu.platform.ProblemException;
import id.go.bekasikab.bpu.platform.QueryParams;
import id.go.bekasikab.bpu.platform.RequestValidation;
import id.go.bekasikab.bpu.rules.MembershipNumber;
import id.go.bekasikab.bpu.rules.MembershipStatus;
import id.go.bekasikab.bpu.rules.MonthlyContribution;
import id.go.bekasikab.bpu.rules.Nik;
import id.go.bekasikab.bpu.rules.Occupation;
import id.go.bekasikab.bpu.rules.PersonName;
import id.go.bekasikab.bpu.rules.ProgrammeSelection;
import id.go.bekasikab.bpu.rules.Rejection;
import id.go.bekasikab.bpu.rules.Sex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hibernate.StaleStateException;

@ApplicationScoped
public class ParticipantService {

    static final String NIK_UNIQUE = "participant_nik_hash_unique";
    /** Bpu-rules.md §2: more than 3 consecutive unpaid months end the membership. */
    static final String LAPSED = "ARREARS_OVER_3_MONTHS";
    static final String SYSTEM = "system";
    static final String REGISTERED = "REGISTERED";
    /** The identity fields: corrected through a reviewed correction, never by PATCH. */
    private static final Set<String> IDENTITY_FIELDS = Set.of("nik", "fullName", "birthDate", "sex");
    private static final Set<String> READ_ONLY_FIELDS = Set.of("id", "membershipNumber", "sector", "incomeBasis",
            "monthlyContribution", "status", "statusHistory", "createdAt", "updatedAt");
    private static final LocalDate OLDEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);
    private static final Pattern REGION_PREFIX = Pattern.compile(ParticipantApi.REGION_PREFIX);

    private final ParticipantRepository participants;
    private final StatusChangeRepository history;
    private final ReferenceDataService tariff;
    private final RequestValidation validation;
    private final NikHasher nikHasher;
    private final ObjectMapper json;
    private final Caller actor;
    private final AuditLog audit;
    private final PayerScope payerScope;
    private final CorrectionRepository corrections;
    private final Clock clock;

    ParticipantService(ParticipantRepository participants, StatusChangeRepository history, ReferenceDataService tariff,
                       RequestValidation validation, NikHasher nikHasher, ObjectMapper json, Caller actor,
                       AuditLog audit, PayerScope payerScope, CorrectionRepository corrections, Clock clock) {
        this.participants = participants;
        this.history = history;
        this.tariff = tariff;
        this.validation = validation;
        this.nikHasher = nikHasher;
        this.json = json;
        this.actor = actor;
        this.audit = audit;
        this.payerScope = payerScope;
        this.corrections = corrections;
        this.clock = clock;
    }

    /** A participant with the version its ETag names. */
    public record Versioned(ParticipantView participant, long version) {
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
        ParticipantView view = view(p, List.of(registered));
        audit.write("participant.register", "participant", p.id, null, view);
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
            checkIdentity(body, errors);
            checkCommon(body.address(), body.programmes(), body.heirs(), errors);
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
        apply(p, new Changes(body.phone(), body.email(), body.address(), body.occupation(), body.declaredIncome(),
                body.programmes(), body.heirs() == null ? List.of() : body.heirs()));
        p.status = MembershipStatus.PENDING_FIRST_PAYMENT;
        p.createdAt = clock.instant();
        p.updatedAt = p.createdAt;
        return p;
    }

    @Transactional
    public Optional<ParticipantFacts> facts(UUID id) {
        return participants.findByIdOptional(id).map(this::factsOf);
    }

    /** The facts of a participant whose row stays locked until the caller's transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<ParticipantFacts> lockForPayment(UUID id) {
        return participants.lockById(id).map(this::factsOf);
    }

    /**
     * Records that contributions are now paid through a month. The history shows a lapse that happened since the
     * last payment (at the day it happened) and the activation or restart this payment brings.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordPaidThrough(UUID id, YearMonth paidThrough, LocalDate lapsesOn) {
        Participant p = participants.lockById(id).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        MembershipStatus before = p.statusOn(today);
        if (before == MembershipStatus.ENDED && p.status != MembershipStatus.ENDED) {
            history.persist(StatusChange.of(p.id, p.status, MembershipStatus.ENDED, LAPSED, SYSTEM,
                    p.lapsesOn.atStartOfDay(clock.getZone()).toInstant()));
            p.status = MembershipStatus.ENDED;
        }
        p.paidThrough = paidThrough.atDay(1);
        p.lapsesOn = lapsesOn;
        MembershipStatus after = p.statusOn(today);
        if (after != p.status) {
            String reason = p.status == MembershipStatus.ENDED ? "RESTARTED" : "FIRST_PAYMENT";
            history.persist(StatusChange.of(p.id, p.status, after, reason, actor.name(), now));
            p.status = after;
        }
        p.updatedAt = now;
    }

    /**
     * Writes into the history the lapses that happened by today and are not recorded yet. Status is derived, so
     * callers never wait for this; it keeps the history complete. Returns how many were recorded.
     */
    @Transactional
    public int recordLapses(int batch) {
        // one replica at a time; the row locks below would keep the history right anyway
        if (!participants.tryLapseLock()) {
            return 0;
        }
        LocalDate today = LocalDate.now(clock);
        List<Participant> lapsed = participants.lapsedButNotRecorded(today, batch);
        for (Participant p : lapsed) {
            history.persist(StatusChange.of(p.id, p.status, MembershipStatus.ENDED, LAPSED, SYSTEM,
                    p.lapsesOn.atStartOfDay(clock.getZone()).toInstant()));
            p.status = MembershipStatus.ENDED;
        }
        return lapsed.size();
    }

    private ParticipantFacts factsOf(Participant p) {
        return new ParticipantFacts(p.id, p.membershipNumber, LocalDate.ofInstant(p.createdAt, clock.getZone()),
                p.birthDate, p.declaredIncome, p.programmes(), p.sector, p.paidThroughMonth(), p.lapsesOn, p.closedOn,
                p.heirs.stream().map(h -> h.relationship).collect(java.util.stream.Collectors.toSet()));
    }

    /**
     * Closes the membership for good after an approved death or total-disability claim (bpu-rules.md §5): from the
     * day after the event, whatever was paid; a restart by paying is no longer possible.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void closeMembership(UUID id, LocalDate eventDate, String reason) {
        Participant p = participants.lockById(id).orElseThrow();
        if (p.closedOn != null) {
            return;
        }
        p.closedOn = eventDate.plusDays(1);
        p.closeReason = reason;
        Instant now = clock.instant();
        if (p.status != MembershipStatus.ENDED) {
            history.persist(StatusChange.of(p.id, p.status, MembershipStatus.ENDED, reason, actor.name(), now));
            p.status = MembershipStatus.ENDED;
        }
        p.updatedAt = now;
    }

    @Transactional
    public Optional<Versioned> get(UUID id) {
        return participants.findByIdOptional(id).filter(p -> visible(p.id))
                .map(p -> new Versioned(shownTo(p, history.historyOf(p.id)), p.version));
    }

    /**
     * Whether the caller may see this participant: a payer's system only sees those its payer sponsors, and for
     * any other it is told "not found", so that it cannot learn who is registered.
     */
    public boolean visible(UUID participantId) {
        return actor.scopedPayer().map(payer -> payerScope.sponsors(payer, participantId)).orElse(true);
    }

    /** The participant's facts for a request path: 404 when missing or outside the caller's scope. */
    @Transactional
    public ParticipantFacts requireVisible(UUID participantId) {
        return facts(participantId).filter(f -> visible(f.id()))
                .orElseThrow(() -> ProblemException.notFound("PARTICIPANT_NOT_FOUND", "the participant"));
    }

    /** The view of a read, auditing it when it shows the NIK in full. */
    private ParticipantView shownTo(Participant p, List<StatusChange> statusHistory) {
        if (actor.maySeeNik()) {
            audit.read("participant", p.id);
        }
        return view(p, statusHistory);
    }

    @Transactional
    public Found<ParticipantView> search(Search body) {
        if (body == null || (body.nik() == null) == (body.membershipNumber() == null)) {
            throw ProblemException.validation(List.of(new FieldError("", "EXACTLY_ONE_REQUIRED",
                    "give either nik or membershipNumber")));
        }
        Optional<Participant> found;
        if (body.nik() != null) {
            if (!Nik.isWellFormed(body.nik())) {
                throw rejected(Rejection.INVALID_NIK, "/nik");
            }
            found = participants.findByNikHash(nikHasher.hash(body.nik()));
        } else {
            if (!MembershipNumber.isValid(body.membershipNumber())) {
                throw rejected(Rejection.INVALID_MEMBERSHIP_NUMBER, "/membershipNumber");
            }
            found = participants.findByMembershipNumber(body.membershipNumber());
        }
        return new Found<>(found.filter(p -> visible(p.id)).map(p -> shownTo(p, null)).stream().toList());
    }

    @Transactional
    public Page<ParticipantView> list(String status, String occupation, String regionCode, String limit, String cursor) {
        List<FieldError> errors = new ArrayList<>();
        MembershipStatus statusFilter = QueryParams.enumValue(MembershipStatus.class, "status", status, null, errors);
        Occupation occupationFilter = QueryParams.enumValue(Occupation.class, "occupation", occupation, null, errors);
        if (regionCode != null && !REGION_PREFIX.matcher(regionCode).matches()) {
            errors.add(new FieldError("regionCode", "INVALID_FORMAT",
                    "must be a Kemendagri code or its prefix, e.g. 32.16 or 32.16.20"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        int size = Cursor.limit(limit);
        List<Participant> rows = participants.page(statusFilter, LocalDate.now(clock), occupationFilter, regionCode,
                actor.scopedPayer().orElse(null), Cursor.decode(cursor), size + 1);
        List<ParticipantView> items = rows.stream().limit(size).map(p -> shownTo(p, null)).toList();
        String next = rows.size() > size ? Cursor.after(rows.get(size - 1).id) : null;
        return new Page<>(items, next);
    }

    @Transactional
    public Versioned patch(UUID id, String ifMatch, String body) throws JsonProcessingException {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "PRECONDITION_REQUIRED", "If-Match required",
                    "send the ETag of the participant you read in If-Match");
        }
        Participant p = participants.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("PARTICIPANT_NOT_FOUND", "the participant"));
        if (!ETags.matches(ifMatch, p.version)) {
            throw staleEtag();
        }
        ParticipantView before = view(p, null);
        JsonNode patch = readObject(body);
        List<FieldError> refused = new ArrayList<>();
        patch.fieldNames().forEachRemaining(field -> {
            if (IDENTITY_FIELDS.contains(field)) {
                refused.add(new FieldError("/" + field, "FIELD_NOT_PATCHABLE",
                        "identity fields are changed through a correction request, not PATCH"));
            } else if (READ_ONLY_FIELDS.contains(field)) {
                refused.add(new FieldError("/" + field, "FIELD_NOT_PATCHABLE", "is maintained by the service"));
            }
        });
        if (!refused.isEmpty()) {
            throw ProblemException.validation(refused);
        }
        // Jackson's mapping errors (wrong type, unknown field) reach ProblemMappers with their JSON pointers
        Changes changes = json.treeToValue(MergePatch.apply(json.valueToTree(changesOf(p)), patch), Changes.class);
        List<FieldError> errors = new ArrayList<>(validation.errorsOf(changes));
        checkCommon(changes.address(), changes.programmes(), changes.heirs(), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        apply(p, changes);
        p.updatedAt = clock.instant();
        try {
            participants.flush();
        } catch (OptimisticLockException | StaleStateException e) {
            throw staleEtag();
        }
        ParticipantView after = view(p, history.historyOf(p.id));
        audit.write("participant.patch", "participant", p.id, before, after);
        return new Versioned(after, p.version);
    }

    // ---- Data-subject rights (UU 27/2022) -------------------------------------------------------------------------

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
        ParticipantView before = view(p, null);
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
            if (Constraints.violated(e, NIK_UNIQUE)) {
                throw correctionRefused("another membership already has this NIK");
            }
            throw e;
        }
        audit.write("participant.correction-decision", "participant", p.id, before, view(p, null));
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
        requireVisible(id);
        return corrections.ofParticipant(id).stream().map(this::viewOf).toList();
    }

    /**
     * Consent withdrawn: the person's data is pseudonymised and the membership closed, while payments,
     * contributions and claims stay as they are (the service must still account for the money). Heirs, who are
     * third parties, are removed. The audit trail keeps its records: it is the legal record of processing.
     */
    @Transactional
    public ParticipantView erase(UUID id, Erasure body) {
        Participant p = participants.lockById(id).filter(x -> visible(x.id))
                .orElseThrow(() -> ProblemException.notFound("PARTICIPANT_NOT_FOUND", "the participant"));
        List<FieldError> errors = validation.errorsOf(body);
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        if (p.erasedAt != null) {
            throw new ProblemException(409, "ALREADY_ERASED", "Already erased", "this person's data was erased on "
                    + p.erasedAt);
        }
        ParticipantView before = view(p, null);
        String pseudonym = "E" + p.id.toString().replace("-", "").substring(0, 15);
        p.nik = pseudonym;
        p.nikHash = nikHasher.hash(pseudonym);
        p.fullName = "Peserta " + p.membershipNumber;
        p.birthDate = p.birthDate.withDayOfYear(1);
        p.phone = "+620000000000";
        p.email = null;
        p.addressLine = "-";
        p.regionCode = p.regionCode.substring(0, 8) + ".0000";
        p.postalCode = null;
        p.heirs.clear();
        Instant now = clock.instant();
        p.erasedAt = now;
        if (p.closedOn == null) {
            p.closedOn = LocalDate.now(clock);
            p.closeReason = "ERASED";
        }
        if (p.status != MembershipStatus.ENDED) {
            history.persist(StatusChange.of(p.id, p.status, MembershipStatus.ENDED, "ERASED", actor.name(), now));
            p.status = MembershipStatus.ENDED;
        }
        corrections.ofParticipant(p.id).forEach(corrections::delete);
        p.updatedAt = now;
        audit.write("participant.erase", "participant", p.id, null, Map.of("reason", body.reason()));
        return view(p, history.historyOf(p.id));
    }

    private Participant requireOpen(UUID id) {
        Participant p = participants.lockById(id).filter(x -> visible(x.id))
                .orElseThrow(() -> ProblemException.notFound("PARTICIPANT_NOT_FOUND", "the participant"));
        if (p.erasedAt != null) {
            throw new ProblemException(409, "ALREADY_ERASED", "Erased", "this person's data was erased");
        }
        return p;
    }

    private CorrectionView viewOf(IdentityCorrection c) {
        String value = c.field == IdentityCorrection.Field.NIK ? shown(c.requestedValue) : c.requestedValue;
        return new CorrectionView(c.id, c.field, value, c.reason, c.status, c.requestedBy, c.requestedAt, c.decidedBy,
                c.decidedAt, c.note);
    }

    private JsonNode readObject(String body) {
        JsonNode patch;
        try {
            patch = body == null || body.isBlank() ? null : json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ProblemException(400, "MALFORMED_JSON", "The body is not valid JSON",
                    "the body could not be parsed as JSON");
        }
        if (patch == null || !patch.isObject()) {
            throw ProblemException.validation(List.of(new FieldError("", "WRONG_TYPE",
                    "a merge patch must be a JSON object")));
        }
        return patch;
    }

    private static ProblemException staleEtag() {
        return new ProblemException(412, "PRECONDITION_FAILED", "The participant has changed",
                "the If-Match ETag is not the current one; read the participant again");
    }

    private static ProblemException rejected(Rejection rejection, String pointer) {
        return new ProblemException(400, rejection.name(), "The request is not valid", rejection.message(),
                List.of(new FieldError(pointer, rejection.name(), rejection.message())));
    }

    private static void checkIdentity(Registration body, List<FieldError> errors) {
        if (body.nik() != null && !hasError(errors, "/nik")) {
            if (!Nik.isWellFormed(body.nik())) {
                errors.add(error("/nik", Rejection.INVALID_NIK));
            } else if (body.birthDate() != null && body.sex() != null) {
                new Nik(body.nik()).mismatchWith(body.birthDate(), body.sex())
                        .ifPresent(r -> errors.add(error("/nik", r)));
            }
        }
        if (body.fullName() != null && !hasError(errors, "/fullName") && !PersonName.isValid(body.fullName())) {
            errors.add(error("/fullName", Rejection.INVALID_NAME));
        }
        if (body.birthDate() != null && body.birthDate().isBefore(OLDEST_BIRTH_DATE)) {
            errors.add(new FieldError("/birthDate", "OUT_OF_RANGE", "must be on or after 1900-01-01"));
        }
    }

    private static void checkCommon(Address address, List<id.go.bekasikab.bpu.rules.Programme> programmes,
                                    List<HeirBody> heirs, List<FieldError> errors) {
        if (programmes != null && !hasError(errors, "/programmes") && !programmes.contains(null)) {
            ProgrammeSelection.check(programmes).ifPresent(r -> errors.add(error("/programmes", r)));
        }
        if (heirs == null) {
            return;
        }
        for (int i = 0; i < heirs.size(); i++) {
            HeirBody heir = heirs.get(i);
            String at = "/heirs/" + i;
            if (heir == null) {
                continue;
            }
            if (heir.fullName() != null && !hasError(errors, at + "/fullName") && !PersonName.isValid(heir.fullName())) {
                errors.add(error(at + "/fullName", Rejection.INVALID_NAME));
            }
            if (heir.nik() != null && !hasError(errors, at + "/nik")) {
                if (!Nik.isWellFormed(heir.nik())) {
                    errors.add(error(at + "/nik", Rejection.INVALID_NIK));
                } else if (heir.birthDate() != null && !new Nik(heir.nik()).fitsBirthDate(heir.birthDate())) {
                    errors.add(error(at + "/nik", Rejection.NIK_BIRTH_DATE_MISMATCH));
                }
            }
        }
    }

    private static boolean hasError(List<FieldError> errors, String pointer) {
        return errors.stream().anyMatch(e -> e.pointer().equals(pointer) || e.pointer().startsWith(pointer + "/"));
    }

    private static FieldError error(String pointer, Rejection rejection) {
        return new FieldError(pointer, rejection.name(), rejection.message());
    }

    private static void apply(Participant p, Changes changes) {
        p.phone = Phones.normalise(changes.phone());
        p.email = changes.email();
        p.addressLine = changes.address().line().strip();
        p.regionCode = changes.address().regionCode();
        p.postalCode = changes.address().postalCode();
        p.setOccupation(changes.occupation());
        p.declaredIncome = changes.declaredIncome();
        p.setProgrammes(ProgrammeSelection.of(changes.programmes()));
        p.heirs.clear();
        for (HeirBody body : changes.heirs()) {
            Heir heir = new Heir();
            heir.fullName = PersonName.of(body.fullName()).value();
            heir.relationship = body.relationship();
            heir.birthDate = body.birthDate();
            heir.nik = body.nik();
            p.heirs.add(heir);
        }
    }

    private static Changes changesOf(Participant p) {
        return new Changes(p.phone, p.email, new Address(p.addressLine, p.regionCode, p.postalCode), p.occupation,
                p.declaredIncome, List.copyOf(p.programmes()), heirsOf(p));
    }

    private static List<HeirBody> heirsOf(Participant p) {
        return p.heirs.stream().map(h -> new HeirBody(h.fullName, h.relationship, h.birthDate, h.nik)).toList();
    }

    /** NIKs as this caller may see them: whole for officers and auditors, masked for everyone else. */
    private String shown(String nik) {
        return nik == null || actor.maySeeNik() || !Nik.isWellFormed(nik) ? nik : new Nik(nik).masked();
    }

    private ParticipantView view(Participant p, List<StatusChange> statusHistory) {
        MonthlyContribution monthly = tariff.monthly(p.declaredIncome, p.programmes(), tariff.today());
        MonthlyContributionView contribution = new MonthlyContributionView(monthly.incomeBasis(),
                monthly.lines().stream().map(l -> new ContributionLineView(l.programme(), l.amount())).toList(),
                monthly.total());
        return new ParticipantView(p.id, p.membershipNumber, shown(p.nik), p.fullName, p.birthDate, p.sex, p.phone,
                p.email, new Address(p.addressLine, p.regionCode, p.postalCode), p.occupation, p.sector,
                p.declaredIncome, monthly.incomeBasis(), List.copyOf(p.programmes()), contribution,
                p.statusOn(LocalDate.now(clock)),
                heirsOf(p).stream().map(h -> new HeirBody(h.fullName(), h.relationship(), h.birthDate(), shown(h.nik())))
                        .toList(),
                statusHistory == null ? null : statusHistory.stream()
                        .map(c -> new StatusChangeView(c.from, c.to, c.reason, c.actor, c.changedAt)).toList(),
                p.createdAt, p.updatedAt);
    }
}
