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
import id.go.bekasikab.bpu.platform.ProblemMappers;
import id.go.bekasikab.bpu.platform.QueryParams;
import id.go.bekasikab.bpu.rules.Occupation;
import id.go.bekasikab.bpu.rules.Programme;
import id.go.bekasikab.bpu.rules.ProgrammeSelection;
import id.go.bekasikab.bpu.rules.Sex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
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
import org.hibernate.Session;

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
    private final EntityManager em;
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

    EnrolmentService(PayerService payers, ObjectMapper json, EntityManager em, AuditLog audit, Clock clock) {
        this.payers = payers;
        this.json = json;
        this.em = em;
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
        List<String> rows = csv ? csvRows(body) : jsonRows(body);
        if (rows.isEmpty()) {
            throw new ProblemException(422, "EMPTY_UPLOAD", "Nothing to enrol", "the upload has no rows");
        }
        if (rows.size() > MAX_ROWS) {
            throw new ProblemException(422, "TOO_MANY_ROWS", "Too many rows",
                    "an upload holds at most " + MAX_ROWS + " rows; split the file");
        }
        String hash = sha256(fromMonth + "|" + sponsored + "|" + body);
        Optional<EnrolmentJob> same = em.createQuery("from EnrolmentJob where payerId = ?1 and contentHash = ?2",
                EnrolmentJob.class).setParameter(1, payerId).setParameter(2, hash).getResultStream().findFirst();
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
        em.persist(job);
        em.flush();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into enrolment_row (job_id, row_no, body) values (?, ?, ?)")) {
                for (int i = 0; i < rows.size(); i++) {
                    insert.setObject(1, job.id);
                    insert.setInt(2, i + 1);
                    insert.setString(3, rows.get(i));
                    insert.addBatch();
                    if ((i + 1) % 1_000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
        });
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
        return Optional.ofNullable(em.find(EnrolmentJob.class, id)).filter(j -> payers.visibleTo(j.payerId))
                .map(EnrolmentService::viewOf);
    }

    @Transactional
    public RowPage rows(UUID jobId, String outcome, String limit, String cursor) {
        EnrolmentJob job = em.find(EnrolmentJob.class, jobId);
        if (job == null || !payers.visibleTo(job.payerId)) {
            throw ProblemException.notFound("JOB_NOT_FOUND", "the job");
        }
        if (outcome != null && !List.of("CREATED", "LINKED", "REJECTED").contains(outcome)) {
            throw ProblemException.validation(List.of(new FieldError("outcome", "UNKNOWN_ENUM_VALUE",
                    "CREATED, LINKED or REJECTED")));
        }
        int size = Cursor.limit(limit);
        long after = Cursor.decodeNumber(cursor);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select row_no, outcome, code, field, participant_id"
                        + " from enrolment_row where job_id = ?1 and row_no > ?2 and outcome is not null"
                        + " and (cast(?4 as varchar) is null or outcome = ?4) order by row_no limit ?3")
                .setParameter(1, jobId).setParameter(2, after).setParameter(3, size + 1)
                .setParameter(4, outcome).getResultList();
        List<RowView> items = rows.stream().limit(size).map(r -> new RowView(((Number) r[0]).intValue(), (String) r[1],
                (String) r[2], (String) r[3], (UUID) r[4])).toList();
        return new RowPage(items, rows.size() > size ? Cursor.afterNumber(items.get(size - 1).row()) : null);
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
