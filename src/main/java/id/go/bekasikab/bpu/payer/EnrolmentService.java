package id.go.bekasikab.bpu.payer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.bekasikab.bpu.participant.ParticipantApi.Address;
import id.go.bekasikab.bpu.participant.ParticipantApi.Registration;
import id.go.bekasikab.bpu.participant.RegistrationService;
import id.go.bekasikab.bpu.participant.RegistrationService.BulkOutcome;
import id.go.bekasikab.bpu.payer.SponsorshipService.BulkSponsorship;
import id.go.bekasikab.bpu.platform.AuditLog;
import id.go.bekasikab.bpu.platform.Csv;
import id.go.bekasikab.bpu.platform.Cursor;
import id.go.bekasikab.bpu.platform.FieldError;
import id.go.bekasikab.bpu.platform.Idempotency;
import id.go.bekasikab.bpu.platform.Ids;
import id.go.bekasikab.bpu.platform.ProblemException;
import id.go.bekasikab.bpu.platform.StrictValues;
import id.go.bekasikab.bpu.platform.ProblemMappers;
import id.go.bekasikab.bpu.platform.QueryParams;
import id.go.bekasikab.bpu.rules.Occupation;
import id.go.bekasikab.bpu.rules.Programme;
import id.go.bekasikab.bpu.rules.ProgrammeSelection;
import id.go.bekasikab.bpu.rules.Sex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Bulk enrolment of a payer's workers: an upload becomes a job whose rows are stored at once and processed later
 * in chunks, each chunk one transaction that records every row's outcome. A job is processed by whoever holds its
 * lease; when the holder dies the lease runs out and another replica (or the restarted one) takes over, carrying on
 * from the first row without an outcome, so no row is done twice. The same file uploaded again is the same job.
 */
@ApplicationScoped
public class EnrolmentService {

    public static final String CSV_HEADER = "nik,fullName,birthDate,sex,phone,email,addressLine,regionCode,occupation,"
            + "declaredIncome";
    static final String SCOPE = "payer-enrolment";
    static final int MAX_ROWS = 100_000;

    private final PayerService payers;
    private final ObjectMapper json;
    private final EnrolmentJobRepository jobs;
    private final AuditLog audit;
    private final Clock clock;

    public record JobView(UUID id, UUID payerId, EnrolmentJob.State state, YearMonth from, List<Programme> programmes,
                          int total, int processed, int created, int linked, int rejected, int progressPercent,
                          Instant createdAt, Instant startedAt, Instant finishedAt) {
    }

    public record RowView(int row, String outcome, String code, String field, UUID participantId) {
    }

    public record RowPage(List<RowView> items, String nextCursor) {
    }

    EnrolmentService(PayerService payers, ObjectMapper json, EnrolmentJobRepository jobs, AuditLog audit, Clock clock) {
        this.payers = payers;
        this.json = json;
        this.jobs = jobs;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- Upload ----------------------------------------------------------------------------------------------

    @Transactional
    public JobView submit(UUID payerId, boolean csv, String body, YearMonth from, List<Programme> programmes) {
        payers.visible(payerId);
        YearMonth fromMonth = from == null ? YearMonth.now(clock) : from;
        List<Programme> sponsored = programmes == null ? SponsorshipService.DEFAULT_PROGRAMMES : programmes;
        ProgrammeSelection.check(sponsored).ifPresent(r -> {
            throw ProblemException.validation(List.of(new FieldError("programmes", r.name(), r.message())));
        });
        if (StrictValues.hasControlCharacter(body)) {
            throw ProblemException.validation(List.of(new FieldError("", "CONTROL_CHARACTER",
                    "the upload holds a control character (a NUL, say); save it again as plain UTF-8 text")));
        }
        List<String> rows = csv ? csvRows(body) : jsonRows(body);
        if (rows.isEmpty()) {
            throw new ProblemException(422, "EMPTY_UPLOAD", "Nothing to enrol", "the upload has no rows");
        }
        if (rows.size() > MAX_ROWS) {
            throw new ProblemException(422, "TOO_MANY_ROWS", "Too many rows",
                    "an upload holds at most " + MAX_ROWS + " rows; split the file");
        }
        String hash = sha256(fromMonth + "|" + sponsored + "|" + body);
        // the same file sent several times at once becomes one job: the others wait here, then find it
        jobs.lockUpload(payerId, hash);
        Optional<EnrolmentJob> same = jobs.sameUpload(payerId, hash);
        if (same.isPresent()) {
            return viewOf(same.get());
        }
        EnrolmentJob job = new EnrolmentJob();
        job.id = Ids.newId();
        job.payerId = payerId;
        job.state = EnrolmentJob.State.QUEUED;
        job.contentHash = hash;
        job.fromMonth = fromMonth.atDay(1);
        job.programmes = EnumSet.copyOf(sponsored);
        job.total = rows.size();
        job.createdAt = clock.instant();
        jobs.persistAndFlush(job);
        jobs.insertRows(job.id, rows);
        audit.write("enrolment.submit", "payer", payerId, null, viewOf(job));
        return viewOf(job);
    }

    private static List<String> csvRows(String body) {
        List<Csv.Record> records = Csv.parse(body.startsWith("\uFEFF") ? body.substring(1) : body);
        if (records.isEmpty() || !String.join(",", records.get(0).fields()).strip().equals(CSV_HEADER)) {
            throw new ProblemException(400, "INVALID_CSV_HEADER", "The CSV header is not the template's",
                    "the first line must be exactly: " + CSV_HEADER,
                    List.of(new FieldError("", "INVALID_CSV_HEADER", "expected " + CSV_HEADER)));
        }
        return records.subList(1, records.size()).stream().map(Csv.Record::text).toList();
    }

    private List<String> jsonRows(String body) {
        JsonNode array;
        try {
            array = json.readTree(body == null ? "" : body);
        } catch (JsonProcessingException e) {
            throw new ProblemException(400, "MALFORMED_JSON", "The body is not valid JSON",
                    "the body could not be parsed as JSON");
        }
        if (array == null || !array.isArray()) {
            throw ProblemException.validation(List.of(new FieldError("", "WRONG_TYPE",
                    "must be an array of participants, or text/csv")));
        }
        List<String> rows = new ArrayList<>();
        array.forEach(element -> rows.add(element.toString()));
        return rows;
    }

    // ---- Processing ------------------------------------------------------------------------------------------

    // ---- Reading jobs ----------------------------------------------------------------------------------------

    @Transactional
    public Optional<JobView> job(UUID id) {
        return jobs.findByIdOptional(id).filter(j -> payers.visibleTo(j.payerId))
                .map(EnrolmentService::viewOf);
    }

    @Transactional
    public RowPage rows(UUID jobId, String outcome, String limit, String cursor) {
        EnrolmentJob job = jobs.findById(jobId);
        if (job == null || !payers.visibleTo(job.payerId)) {
            throw ProblemException.notFound("JOB_NOT_FOUND", "the job");
        }
        if (outcome != null && !List.of("CREATED", "LINKED", "REJECTED").contains(outcome)) {
            throw ProblemException.validation(List.of(new FieldError("outcome", "UNKNOWN_ENUM_VALUE",
                    "CREATED, LINKED or REJECTED")));
        }
        int size = Cursor.limit(limit);
        long after = Cursor.decodeNumber(cursor);
        List<RowView> items = jobs.outcomes(jobId, outcome, after, size + 1).stream()
                .map(r -> new RowView(r.rowNo(), r.outcome(), r.code(), r.field(), r.participantId())).toList();
        boolean more = items.size() > size;
        items = items.stream().limit(size).toList();
        return new RowPage(items, more ? Cursor.afterNumber(items.get(size - 1).row()) : null);
    }

    static JobView viewOf(EnrolmentJob job) {
        int percent = job.total == 0 ? 100 : (int) Math.floor(100.0 * job.processed / job.total);
        return new JobView(job.id, job.payerId, job.state, YearMonth.from(job.fromMonth),
                List.copyOf(job.programmes), job.total, job.processed,
                job.created, job.linked, job.rejected, percent, job.createdAt, job.startedAt, job.finishedAt);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
