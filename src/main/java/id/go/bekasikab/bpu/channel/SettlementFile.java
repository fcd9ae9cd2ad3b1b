package id.go.bekasikab.bpu.channel;

import id.go.bekasikab.bpu.channel.SettlementApi.SettlementLine;
import id.go.bekasikab.bpu.channel.SettlementApi.SettlementReport;
import id.go.bekasikab.bpu.channel.SettlementService.FileLine;
import id.go.bekasikab.bpu.channel.SettlementService.OurPayment;
import id.go.bekasikab.bpu.platform.Csv;
import id.go.bekasikab.bpu.platform.FieldError;
import id.go.bekasikab.bpu.rules.MembershipNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The two sides of a settlement: the channel's file, read line by line, and our payments of the day. */
@ApplicationScoped
class SettlementFile {

    private static final Pattern TRANSACTION_ID = Pattern.compile(ChannelApi.REFERENCE);
    private static final Pattern AMOUNT = Pattern.compile("^[1-9][0-9]{0,11}$");

    private final EntityManager em;

    SettlementFile(EntityManager em) {
        this.em = em;
    }

    /** Our payments through the channel on the day, reversed ones included, each with the months it paid. */
    List<OurPayment> ours(UUID channelId, LocalDate day) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select p.external_reference, p.receipt_number, pt.membership_number, p.amount,
                       r.payment_id is not null,
                       coalesce((select string_agg(distinct to_char(cl.period, 'YYYY-MM'), ';')
                                   from contribution_line cl where cl.payment_id = p.id),
                                (select string_agg(distinct to_char(rl.period, 'YYYY-MM'), ';')
                                   from reversed_contribution_line rl where rl.payment_id = p.id))
                  from payment p join participant pt on pt.id = p.participant_id
                  left join payment_reversal r on r.payment_id = p.id
                 where p.channel_id = ?1 and p.paid_on = ?2
                 order by p.paid_at""").setParameter(1, channelId).setParameter(2, day).getResultList();
        return rows.stream().map(r -> new OurPayment((String) r[0], (String) r[1], (String) r[2],
                months((String) r[5]), ((Number) r[3]).longValue(), (Boolean) r[4])).toList();
    }

    private static List<YearMonth> months(String joined) {
        return joined == null ? List.of() : Arrays.stream(joined.split(";")).map(YearMonth::parse).sorted().toList();
    }

    /** One record of the file, or null with its errors added. */
    static FileLine line(Csv.Record r, LocalDate date, List<FieldError> errors) {
        String at = "/lines/" + r.line();
        List<String> f = r.fields();
        if (f.size() != 5) {
            errors.add(new FieldError(at, "INVALID_FORMAT", "5 columns: " + SettlementApi.CSV_HEADER));
            return null;
        }
        int before = errors.size();
        String day = f.get(0).strip();
        if (!day.equals(date.toString())) {
            errors.add(new FieldError(at + "/date", "DATE_MISMATCH", "every line is of " + date));
        }
        String transactionId = f.get(1).strip();
        if (transactionId.isEmpty() || transactionId.length() > 64 || !TRANSACTION_ID.matcher(transactionId).matches()) {
            errors.add(new FieldError(at + "/transactionId", "INVALID_FORMAT", ChannelApi.REFERENCE_MESSAGE));
        }
        String membershipNumber = f.get(2).strip();
        if (!MembershipNumber.isValid(membershipNumber)) {
            errors.add(new FieldError(at + "/membershipNumber", "INVALID_MEMBERSHIP_NUMBER", "11 digits, check digit"));
        }
        List<YearMonth> months = new ArrayList<>();
        try {
            for (String m : f.get(3).strip().split("[; ]+")) {
                months.add(YearMonth.parse(m));
            }
            if (months.size() > 12 || months.stream().distinct().count() != months.size()) {
                errors.add(new FieldError(at + "/months", "INVALID_FORMAT", "1 to 12 distinct months"));
            }
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(at + "/months", "INVALID_FORMAT", "months YYYY-MM separated by ;"));
        }
        String amount = f.get(4).strip();
        if (!AMOUNT.matcher(amount).matches()) {
            errors.add(new FieldError(at + "/amount", "INVALID_FORMAT", "whole rupiah, more than 0"));
        }
        if (errors.size() > before) {
            return null;
        }
        return new FileLine(r.line(), transactionId, membershipNumber, months.stream().sorted().toList(),
                Long.parseLong(amount));
    }

    /** The report as CSV: one line per transaction, then nothing else (the totals are in the JSON). */
    static String csv(SettlementReport report) {
        StringBuilder out = new StringBuilder(
                "outcome,transactionId,fileLine,membershipNumber,months,theirAmount,ourAmount,receiptNumber\n");
        for (SettlementLine l : report.lines()) {
            out.append(Stream.of(l.outcome().name(), l.transactionId(), str(l.fileLine()), l.membershipNumber(),
                            l.months().stream().map(YearMonth::toString).collect(Collectors.joining(";")),
                            str(l.theirAmount()), str(l.ourAmount()), l.receiptNumber() == null ? "" : l.receiptNumber())
                    .map(Csv::neutralised).collect(Collectors.joining(","))).append('\n');
        }
        return out.toString();
    }

    private static String str(Object value) {
        return value == null ? "" : value.toString();
    }
}
