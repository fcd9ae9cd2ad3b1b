package id.go.bekasikab.bpu.participant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bekasikab.bpu.participant.ParticipantApi.Changes;
import id.go.bekasikab.bpu.participant.ParticipantApi.ParticipantView;
import id.go.bekasikab.bpu.participant.ParticipantApi.Versioned;
import id.go.bekasikab.bpu.platform.AuditLog;
import id.go.bekasikab.bpu.platform.Outbox;
import id.go.bekasikab.bpu.reference.Regions;
import id.go.bekasikab.bpu.platform.FieldError;
import id.go.bekasikab.bpu.platform.MergePatch;
import id.go.bekasikab.bpu.platform.ProblemException;
import id.go.bekasikab.bpu.platform.RequestValidation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import org.hibernate.StaleStateException;

import java.util.Map;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Changes a participant makes to their own record by JSON merge patch, guarded by the ETag they read. */
@ApplicationScoped
public class ParticipantChangeService {

    private final Regions regions;

    /** The identity fields: corrected through a reviewed correction, never by PATCH. */
    private static final Set<String> IDENTITY_FIELDS = Set.of("nik", "fullName", "birthDate", "sex");
    private static final Set<String> READ_ONLY_FIELDS = Set.of("id", "membershipNumber", "sector", "incomeBasis",
            "monthlyContribution", "status", "statusHistory", "createdAt", "updatedAt");

    private final ParticipantRepository participants;
    private final StatusChangeRepository history;
    private final RequestValidation validation;
    private final ParticipantViews views;
    private final ObjectMapper json;
    private final AuditLog audit;
    private final Outbox outbox;
    private final Clock clock;

    ParticipantChangeService(ParticipantRepository participants, StatusChangeRepository history,
                             RequestValidation validation, ParticipantViews views, ObjectMapper json, AuditLog audit, Outbox outbox,
                             Regions regions, Clock clock) {
        this.regions = regions;
        this.participants = participants;
        this.history = history;
        this.validation = validation;
        this.views = views;
        this.json = json;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Versioned patch(UUID id, String ifMatch, String body) throws JsonProcessingException {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "PRECONDITION_REQUIRED", "If-Match required",
                    "send the ETag of the participant you read in If-Match");
        }
        Participant p = participants.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("PARTICIPANT_NOT_FOUND", "the participant"));
        if (p.erasedAt != null) {
            // consent withdrawn: the pseudonymised record never takes personal data again
            throw new ProblemException(409, "ALREADY_ERASED", "Erased", "this person's data was erased");
        }
        if (!ETags.matches(ifMatch, p.version)) {
            throw staleEtag();
        }
        ParticipantView before = views.view(p, null);
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
        Changes changes = json.treeToValue(MergePatch.apply(json.valueToTree(ParticipantViews.changesOf(p)), patch), Changes.class);
        List<FieldError> errors = new ArrayList<>(validation.errorsOf(changes));
        ParticipantChecks.checkCommon(changes.address(), changes.programmes(), changes.heirs(), errors);
        if (changes.address() != null && !java.util.Objects.equals(changes.address().regionCode(), p.regionCode)) {
            // an address kept as it was is not re-judged: codes retired since stay readable
            ParticipantChecks.checkRegion(changes.address(), regions, errors);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        p.change(changes);
        p.updatedAt = clock.instant();
        try {
            participants.flush();
        } catch (OptimisticLockException | StaleStateException e) {
            throw staleEtag();
        }
        ParticipantView after = views.view(p, history.historyOf(p.id));
        audit.write("participant.patch", "participant", p.id, before, after);
        outbox.emit("participant.changed", p.id, List.of(), Map.of("participantId", p.id, "version", p.version));
        return new Versioned(after, p.version);
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
}
