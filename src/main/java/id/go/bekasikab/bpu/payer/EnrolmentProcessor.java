package id.go.bekasikab.bpu.payer;

import id.go.bekasikab.bpu.platform.BusinessMetrics;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.bekasikab.bpu.participant.ParticipantApi.Address;
import id.go.bekasikab.bpu.participant.ParticipantApi.Registration;
import id.go.bekasikab.bpu.participant.RegistrationService.BulkOutcome;
import id.go.bekasikab.bpu.participant.RegistrationService;
import id.go.bekasikab.bpu.payer.EnrolmentJobRepository.Row;
import id.go.bekasikab.bpu.payer.SponsorshipService.BulkSponsorship;
import id.go.bekasikab.bpu.platform.Outbox;
import id.go.bekasikab.bpu.platform.Csv;
import id.go.bekasikab.bpu.platform.FieldError;
import id.go.bekasikab.bpu.platform.ProblemMappers;
import id.go.bekasikab.bpu.rules.Occupation;
import id.go.bekasikab.bpu.rules.Programme;
import id.go.bekasikab.bpu.rules.Sex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import io.opentelemetry.instrumentation.annotations.SpanAttribute;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The enrolment worker's step: reads a chunk of an upload's rows, registers or links each row's participant through
 * the participant feature, sponsors them, and records every outcome with its row.
 */
@ApplicationScoped
class EnrolmentProcessor {

    private final BusinessMetrics metrics;
    private final PayerService payers;
    private final RegistrationService participants;
    private final SponsorshipService sponsorships;
    private final ObjectMapper json;
    private final EnrolmentJobRepository jobs;
    private final Clock clock;
    private final Outbox outbox;

    EnrolmentProcessor(PayerService payers, RegistrationService participants, SponsorshipService sponsorships,
                       ObjectMapper json, EnrolmentJobRepository jobs, Clock clock, Outbox outbox, BusinessMetrics metrics) {
        this.metrics = metrics;
        this.outbox = outbox;
        this.payers = payers;
        this.participants = participants;
        this.sponsorships = sponsorships;
        this.json = json;
        this.jobs = jobs;
        this.clock = clock;
    }

    /** A parsed row: the registration it asks for, or why it cannot be read. */
    private record Parsed(int rowNo, boolean csv, Registration registration, FieldError rejection) {
    }

    /**
     * Processes the next chunk of a job held by {@code owner}: registers or links each row's participant, sponsors
     * them, records every outcome and extends the lease. Returns how many rows it did; 0 when the job is finished
     * or no longer this owner's.
     */
    @WithSpan("enrolment.chunk")
    @Transactional(Transactional.TxType.MANDATORY)
    int processChunk(@SpanAttribute("job.id") UUID jobId, String owner, int size, Duration lease) {
        EnrolmentJob job = jobs.findById(jobId, LockModeType.PESSIMISTIC_WRITE);
        if (job == null || !owner.equals(job.leaseOwner) || job.state != EnrolmentJob.State.RUNNING) {
            return 0;
        }
        List<Object[]> rows = jobs.unprocessed(jobId, size);
        if (rows.isEmpty()) {
            job.state = EnrolmentJob.State.COMPLETED;
            job.finishedAt = clock.instant();
            metrics.enrolmentJobFinished(job.state.name(), java.time.Duration.between(job.createdAt, job.finishedAt));
            outbox.emit("enrolment-job.completed", null, List.of(job.payerId), Map.of("jobId", job.id,
                    "payerId", job.payerId, "total", job.total, "created", job.created, "linked", job.linked,
                    "rejected", job.rejected));
            job.leaseOwner = null;
            job.leaseUntil = null;
            return 0;
        }
        List<Programme> programmes = job.programmes.stream().toList();
        List<Parsed> parsed = rows.stream().map(r -> parse(((Number) r[0]).intValue(), (String) r[1], programmes)).toList();
        Payer payer = payers.require(job.payerId);
        // the domicile rule before anyone is registered: a row outside the payer's region registers nobody
        parsed = parsed.stream().map(p -> p.registration() == null || p.registration().address() == null
                || payer.mayCover(p.registration().address().regionCode()) ? p
                : new Parsed(p.rowNo(), p.csv(), null, new FieldError("/address/regionCode", "OUTSIDE_PAYER_REGION",
                "lives outside " + payer.regionCode))).toList();
        List<Parsed> readable = parsed.stream().filter(p -> p.registration() != null).toList();
        List<BulkOutcome> registered = participants.registerMany(readable.stream().map(Parsed::registration).toList(),
                "enrolment-job:" + jobId);
        List<UUID> ids = registered.stream().map(BulkOutcome::participantId).filter(java.util.Objects::nonNull).toList();
        Map<UUID, BulkSponsorship> sponsored = sponsorships.sponsorMany(payer, ids,
                YearMonth.from(job.fromMonth), programmes);
        List<UUID> started = ids.stream().filter(id -> sponsored.get(id) == BulkSponsorship.CREATED).toList();
        outbox.emitAll("sponsorship.started", started, job.payerId, started.stream().<Map<String, ?>>map(id ->
                Map.of("payerId", job.payerId, "participantId", id, "from", YearMonth.from(job.fromMonth),
                        "programmes", programmes, "enrolmentJobId", jobId)).toList());

        List<Row> outcomes = new ArrayList<>();
        for (Parsed row : parsed) {
            if (row.rejection() != null) {
                outcomes.add(rejected(row.rowNo(), row.rejection(), row.csv()));
            }
        }
        for (int i = 0; i < readable.size(); i++) {
            Parsed row = readable.get(i);
            BulkOutcome outcome = registered.get(i);
            if (outcome.rejection() != null) {
                outcomes.add(rejected(row.rowNo(), outcome.rejection(), row.csv()));
            } else if (sponsored.get(outcome.participantId()) == BulkSponsorship.OUTSIDE_REGION) {
                // registered before, living elsewhere: the row says the rule, not where the person lives
                outcomes.add(new Row(row.rowNo(), "REJECTED", "OUTSIDE_PAYER_REGION", row.csv() ? "regionCode"
                        : "/address/regionCode", null));
            } else if (sponsored.get(outcome.participantId()) == BulkSponsorship.OTHER_PAYER) {
                // another payer's worker: the row must not tell this payer who that is
                outcomes.add(new Row(row.rowNo(), "REJECTED", "DOUBLE_SPONSORSHIP", "programmes", null));
            } else {
                outcomes.add(new Row(row.rowNo(), outcome.created() ? "CREATED" : "LINKED", null, null,
                        outcome.participantId()));
            }
        }
        jobs.recordOutcomes(jobId, outcomes);
        outcomes.stream().collect(java.util.stream.Collectors.groupingBy(Row::outcome, java.util.stream.Collectors
                .counting())).forEach(metrics::enrolmentRows);
        List<UUID> created = outcomes.stream().filter(o -> o.outcome().equals("CREATED")).map(Row::participantId)
                .toList();
        outbox.emitAll("participant.registered", created, job.payerId, created.stream()
                .<Map<String, ?>>map(id -> Map.of("participantId", id, "enrolmentJobId", jobId)).toList());
        job.processed += rows.size();
        job.created += (int) outcomes.stream().filter(o -> o.outcome().equals("CREATED")).count();
        job.linked += (int) outcomes.stream().filter(o -> o.outcome().equals("LINKED")).count();
        job.rejected += (int) outcomes.stream().filter(o -> o.outcome().equals("REJECTED")).count();
        job.leaseUntil = Instant.now().plus(lease);
        return rows.size();
    }

    /** A refused row's outcome: its code and the column (CSV) or JSON pointer at fault. */
    private static Row rejected(int rowNo, FieldError error, boolean csv) {
        return new Row(rowNo, "REJECTED", error.code(), csv ? csvColumn(error.pointer()) : error.pointer(), null);
    }

    /** The template column a registration's JSON pointer refers to. */
    private static String csvColumn(String pointer) {
        return switch (pointer) {
            case "/address/line" -> "addressLine";
            case "/address/regionCode" -> "regionCode";
            case "" -> "";
            default -> pointer.substring(1);
        };
    }

    private Parsed parse(int rowNo, String text, List<Programme> programmes) {
        return text.startsWith("{") ? parseJson(rowNo, text, programmes) : parseCsv(rowNo, text, programmes);
    }

    private Parsed parseJson(int rowNo, String text, List<Programme> programmes) {
        try {
            JsonNode node = json.readTree(text);
            if (node instanceof ObjectNode object && !object.has("programmes")) {
                object.set("programmes", json.valueToTree(programmes));
            }
            return new Parsed(rowNo, false, json.treeToValue(node, Registration.class), null);
        } catch (JsonProcessingException e) {
            FieldError error = ProblemMappers.fieldErrorOf(e);
            return new Parsed(rowNo, false, null, error != null ? error : new FieldError("", "MALFORMED_JSON", "not JSON"));
        }
    }

    private static Parsed parseCsv(int rowNo, String text, List<Programme> programmes) {
        List<Csv.Record> records = Csv.parse(text);
        List<String> f = records.isEmpty() ? List.of() : records.get(0).fields().stream().map(String::strip).toList();
        if (f.size() != 10) {
            return new Parsed(rowNo, true, null, new FieldError("", "INVALID_CSV_ROW",
                    "expected 10 columns, found " + f.size()));
        }
        for (int column : new int[] {1, 5, 6}) {
            if (Csv.isFormula(f.get(column))) {
                // free text that a spreadsheet would run: refused, never stored (CSV injection)
                String pointer = column == 1 ? "/fullName" : column == 5 ? "/email" : "/address/line";
                return new Parsed(rowNo, true, null, new FieldError(pointer, "CSV_FORMULA",
                        "a cell may not start with =, +, - or @"));
            }
        }
        LocalDate birthDate;
        Sex sex;
        Occupation occupation;
        long income;
        try {
            birthDate = LocalDate.parse(f.get(2));
        } catch (DateTimeParseException e) {
            return new Parsed(rowNo, true, null, new FieldError("/birthDate", "INVALID_FORMAT", "must be YYYY-MM-DD"));
        }
        try {
            sex = Sex.valueOf(f.get(3));
        } catch (IllegalArgumentException e) {
            return new Parsed(rowNo, true, null, new FieldError("/sex", "UNKNOWN_ENUM_VALUE", "MALE or FEMALE"));
        }
        try {
            occupation = Occupation.valueOf(f.get(8));
        } catch (IllegalArgumentException e) {
            return new Parsed(rowNo, true, null, new FieldError("/occupation", "UNKNOWN_ENUM_VALUE", "not an occupation"));
        }
        try {
            income = Long.parseLong(f.get(9));
        } catch (NumberFormatException e) {
            return new Parsed(rowNo, true, null, new FieldError("/declaredIncome", "WRONG_TYPE", "must be whole rupiah"));
        }
        return new Parsed(rowNo, true, new Registration(f.get(0), f.get(1), birthDate, sex, f.get(4),
                f.get(5).isEmpty() ? null : f.get(5), new Address(f.get(6), f.get(7), null), occupation, income,
                programmes, null), null);
    }
}
