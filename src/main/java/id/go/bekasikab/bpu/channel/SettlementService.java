package id.go.bekasikab.bpu.channel;

import id.go.bekasikab.bpu.channel.SettlementApi.Outcome;
import id.go.bekasikab.bpu.channel.SettlementApi.SettlementLine;
import id.go.bekasikab.bpu.channel.SettlementApi.SettlementReport;
import id.go.bekasikab.bpu.channel.SettlementApi.SettlementSummary;
import id.go.bekasikab.bpu.platform.AuditLog;
import id.go.bekasikab.bpu.platform.Caller;
import id.go.bekasikab.bpu.platform.Csv;
import id.go.bekasikab.bpu.platform.FieldError;
import id.go.bekasikab.bpu.platform.Ids;
import id.go.bekasikab.bpu.platform.ProblemException;
import id.go.bekasikab.bpu.platform.Roles;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A channel's daily settlement file matched line by line against our payments of that business day (Asia/Jakarta)
 * and their reversals, by the channel's transaction id. The report is kept; the same file for the same day again
 * answers the kept report.
 */
@ApplicationScoped
public class SettlementService implements PanacheRepositoryBase<SettlementReportRow, UUID> {

    /** A day's file of a large bank stays well under this; more is a wrong file. */
    static final int MAX_LINES = 200_000;
    private static final int MAX_ERRORS = 100;

    private final ChannelService channels;
    private final SettlementFile files;
    private final AuditLog audit;
    private final Caller caller;
    private final Clock clock;

    SettlementService(ChannelService channels, SettlementFile files, AuditLog audit, Caller caller, Clock clock) {
        this.channels = channels;
        this.files = files;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    /** A report, and whether this upload made it (false: the same file was reconciled before). */
    public record Reconciled(SettlementReport report, boolean made) {
    }

    /** One line of the file, as read. */
    record FileLine(int line, String transactionId, String membershipNumber, List<YearMonth> months, long amount) {
    }

    /** One of our payments of the day. */
    record OurPayment(String transactionId, String receiptNumber, String membershipNumber, List<YearMonth> months,
                      long amount, boolean reversed) {
    }

    @Transactional
    public Reconciled reconcile(UUID namedChannel, LocalDate date, String document) {
        PaymentChannel channel = channels.acting(namedChannel);
        LocalDate today = LocalDate.now(clock);
        if (date.isAfter(today)) {
            throw ProblemException.validation(List.of(new FieldError("date", "OUT_OF_RANGE",
                    "a settlement is for a past or the current business day")));
        }
        String text = document == null ? "" : document.startsWith("\uFEFF") ? document.substring(1) : document;
        String hash = sha256(text);
        // two uploads of one file at once: the second waits here, then finds the first's report
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, "settlement/" + channel.id + "/" + date + "/" + hash).getSingleResult();
        SettlementReportRow kept = find("channelId = ?1 and businessDate = ?2 and contentHash = ?3", channel.id, date,
                hash).firstResult();
        if (kept != null) {
            return new Reconciled(view(kept), false);
        }
        List<FileLine> theirs = parse(text, date);
        SettlementReportRow row = new SettlementReportRow();
        row.id = Ids.newId();
        row.channelId = channel.id;
        row.businessDate = date;
        row.contentHash = hash;
        List<OurPayment> ours = files.ours(channel.id, date);
        row.lines = match(theirs, ours);
        row.summary = summary(theirs, ours, row.lines);
        row.actor = caller.name();
        row.createdAt = clock.instant();
        persist(row);
        SettlementReport report = view(row);
        audit.write("channel.settlement", "channel", channel.id, null, report.summary());
        return new Reconciled(report, true);
    }

    /** A kept report: a channel reads its own, staff any. */
    @Transactional
    public SettlementReport report(UUID id) {
        SettlementReportRow row = findById(id);
        boolean own = !caller.has(Roles.CHANNEL) || caller.has(Roles.OFFICER) || caller.has(Roles.AUDITOR)
                || (row != null && caller.channel().filter(row.channelId::equals).isPresent());
        if (row == null || !own) {
            throw ProblemException.notFound("SETTLEMENT_NOT_FOUND", "the settlement report");
        }
        return view(row);
    }

    static List<SettlementLine> match(List<FileLine> theirs, List<OurPayment> ours) {
        Map<String, OurPayment> byId = new LinkedHashMap<>();
        ours.forEach(p -> byId.put(p.transactionId(), p));
        List<SettlementLine> lines = new ArrayList<>();
        for (FileLine t : theirs) {
            OurPayment o = byId.remove(t.transactionId());
            Outcome outcome;
            if (o == null) {
                outcome = Outcome.MISSING_OURS;
            } else if (o.reversed()) {
                outcome = Outcome.REVERSED;
            } else if (o.amount() != t.amount()) {
                outcome = Outcome.AMOUNT_MISMATCH;
            } else if (!o.membershipNumber().equals(t.membershipNumber()) || !o.months().equals(t.months())) {
                outcome = Outcome.DETAIL_MISMATCH;
            } else {
                outcome = Outcome.MATCHED;
            }
            lines.add(new SettlementLine(outcome, t.transactionId(), t.line(), t.membershipNumber(), t.months(),
                    t.amount(), o == null ? null : o.amount(), o == null ? null : o.receiptNumber()));
        }
        byId.values().stream().filter(o -> !o.reversed()).forEach(o -> lines.add(new SettlementLine(
                Outcome.MISSING_THEIRS, o.transactionId(), null, o.membershipNumber(), o.months(), null, o.amount(),
                o.receiptNumber())));
        return lines;
    }

    static SettlementSummary summary(List<FileLine> theirs, List<OurPayment> ours, List<SettlementLine> lines) {
        long fileAmount = theirs.stream().mapToLong(FileLine::amount).sum();
        List<OurPayment> standing = ours.stream().filter(o -> !o.reversed()).toList();
        List<OurPayment> reversed = ours.stream().filter(OurPayment::reversed).toList();
        long ourAmount = standing.stream().mapToLong(OurPayment::amount).sum();
        List<SettlementLine> matched = of(lines, Outcome.MATCHED);
        List<SettlementLine> missingOurs = of(lines, Outcome.MISSING_OURS);
        List<SettlementLine> missingTheirs = of(lines, Outcome.MISSING_THEIRS);
        int mismatched = lines.size() - matched.size() - missingOurs.size() - missingTheirs.size();
        return new SettlementSummary(theirs.size(), fileAmount, standing.size(), ourAmount, reversed.size(),
                reversed.stream().mapToLong(OurPayment::amount).sum(), matched.size(),
                matched.stream().mapToLong(SettlementLine::ourAmount).sum(), missingOurs.size(),
                missingOurs.stream().mapToLong(SettlementLine::theirAmount).sum(), missingTheirs.size(),
                missingTheirs.stream().mapToLong(SettlementLine::ourAmount).sum(), mismatched, fileAmount - ourAmount);
    }

    private static List<SettlementLine> of(List<SettlementLine> lines, Outcome outcome) {
        return lines.stream().filter(l -> l.outcome() == outcome).toList();
    }

    /** The file's lines, or a 400 naming each bad cell as {@code /lines/<line>/<column>} (at most 100). */
    static List<FileLine> parse(String text, LocalDate date) {
        List<Csv.Record> records = Csv.parse(text);
        if (records.isEmpty() || !records.get(0).fields().stream().map(String::strip).toList()
                .equals(Arrays.asList(SettlementApi.CSV_HEADER.split(",")))) {
            throw new ProblemException(400, "INVALID_CSV_HEADER", "The CSV header is not the template's",
                    "the first line must be: " + SettlementApi.CSV_HEADER,
                    List.of(new FieldError("/lines/1", "INVALID_CSV_HEADER", SettlementApi.CSV_HEADER)));
        }
        if (records.size() - 1 > MAX_LINES) {
            throw new ProblemException(422, "TOO_MANY_ROWS", "Too many lines",
                    "a settlement file has at most " + MAX_LINES + " lines");
        }
        List<FieldError> errors = new ArrayList<>();
        List<FileLine> lines = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Csv.Record r : records.subList(1, records.size())) {
            FileLine line = SettlementFile.line(r, date, errors);
            if (line != null && !seen.add(line.transactionId())) {
                errors.add(new FieldError("/lines/" + r.line() + "/transactionId", "DUPLICATE_TRANSACTION_ID",
                        "listed twice"));
            } else if (line != null) {
                lines.add(line);
            }
            if (errors.size() >= MAX_ERRORS) {
                break;
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        return lines;
    }

    private static SettlementReport view(SettlementReportRow row) {
        return new SettlementReport(row.id, row.channelId, row.businessDate, row.summary, row.lines, row.createdAt);
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
