package id.go.bekasikab.bpu.payer;

import id.go.bekasikab.bpu.contribution.ReferenceDataService;
import id.go.bekasikab.bpu.contribution.ReferenceDataService.ReferenceData;
import id.go.bekasikab.bpu.platform.Caller;
import id.go.bekasikab.bpu.platform.FieldError;
import id.go.bekasikab.bpu.platform.ProblemException;
import id.go.bekasikab.bpu.platform.QueryParams;
import id.go.bekasikab.bpu.platform.SqlValues;
import id.go.bekasikab.bpu.rules.Funding;
import id.go.bekasikab.bpu.rules.Membership;
import id.go.bekasikab.bpu.rules.MembershipStatus;
import id.go.bekasikab.bpu.rules.Pricing;
import id.go.bekasikab.bpu.rules.Sector;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

/**
 * Coverage statistics for a month, by district, occupation, status or sector: participants registered by the end of
 * the month, those protected (JKK and JKM paid for the month), what the month costs the billable ones, and what was
 * paid. A read model over participants, sponsorships and paid lines, like the invoice.
 */
@ApplicationScoped
public class CoverageStatsService {

    private final EntityManager em;
    private final PayerService payers;
    private final ReferenceDataService reference;
    private final Caller caller;
    private final Clock clock;

    public record Group(String key, long participants, long protectedParticipants, long amountDue, long amountPaid) {
    }

    public record Stats(YearMonth month, UUID payerId, String groupBy, List<Group> groups, Group total) {
    }

    CoverageStatsService(EntityManager em, PayerService payers, ReferenceDataService reference, Caller caller,
                         Clock clock) {
        this.em = em;
        this.payers = payers;
        this.reference = reference;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public Stats coverage(String month, String payerId, String groupBy) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        YearMonth current = YearMonth.from(today);
        YearMonth period = QueryParams.month("month", month, current, errors);
        UUID payer = null;
        if (payerId != null) {
            try {
                payer = UUID.fromString(payerId);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("payerId", "INVALID_FORMAT", "must be a UUID"));
            }
        }
        String by = groupBy == null ? "district" : groupBy;
        if (!List.of("district", "occupation", "status", "sector").contains(by)) {
            errors.add(new FieldError("groupBy", "UNKNOWN_ENUM_VALUE", "district, occupation, status or sector"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        // a payer's system sees its own payer's figures, whether it asks for them or not
        payer = payer == null ? caller.scopedPayer().orElse(null) : payer;
        Funding funding = payer == null ? Funding.SELF : payers.visible(payer).fundingSource.funding();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select p.region_code, p.occupation, p.sector, p.paid_through, p.lapses_on, p.created_at,
                       p.declared_income, p.programmes, p.closed_on,
                       (select coalesce(sum(cl.net), 0) from contribution_line cl
                         where cl.participant_id = p.id and cl.period = ?1) as paid,
                       (select count(*) from contribution_line cl
                         where cl.participant_id = p.id and cl.period = ?1 and cl.programme in ('JKK', 'JKM')) as cover
                  from participant p
                 where p.created_at < ?2
                   and (cast(?3 as uuid) is null or exists (select 1 from sponsorship s where s.participant_id = p.id
                        and s.payer_id = ?3 and s.from_month <= ?1 and (s.to_month is null or s.to_month >= ?1)))
                """)
                .setParameter(1, period.atDay(1))
                .setParameter(2, period.plusMonths(1).atDay(1).atStartOfDay(clock.getZone()).toInstant())
                .setParameter(3, payer)
                .getResultList();
        ReferenceData data = reference.current();
        Map<String, long[]> groups = new TreeMap<>();
        long[] total = new long[4];
        Function<Object[], String> key = switch (by) {
            case "occupation" -> r -> (String) r[1];
            case "sector" -> r -> (String) r[2];
            case "status" -> r -> Membership.statusOn(today, paidThrough(r), SqlValues.localDate(r[4]),
                    SqlValues.localDate(r[8])).name();
            default -> r -> ((String) r[0]).substring(0, 8);
        };
        for (Object[] r : rows) {
            long paid = ((Number) r[9]).longValue();
            boolean covered = ((Number) r[10]).intValue() == 2;
            long due = paid > 0 ? paid : dueFor(r, period, current, today, funding, data);
            long[] g = groups.computeIfAbsent(key.apply(r), k -> new long[4]);
            for (long[] counter : new long[][] {g, total}) {
                counter[0]++;
                counter[1] += covered ? 1 : 0;
                counter[2] += due;
                counter[3] += paid;
            }
        }
        List<Group> result = groups.entrySet().stream()
                .map(e -> new Group(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3]))
                .toList();
        return new Stats(period, payer, by, result, new Group("total", total[0], total[1], total[2], total[3]));
    }

    /** What the month costs a participant who has not paid it, when it can be billed at all. */
    private long dueFor(Object[] r, YearMonth period, YearMonth current, LocalDate today, Funding funding,
                               ReferenceData data) {
        YearMonth paidThrough = paidThrough(r);
        MembershipStatus status = Membership.statusOn(today, paidThrough, SqlValues.localDate(r[4]),
                SqlValues.localDate(r[8]));
        YearMonth registered = YearMonth.from(SqlValues.instant(r[5]).atZone(clock.getZone()));
        YearMonth from = Membership.billableFrom(status, paidThrough, current);
        if (period.isBefore(registered) || period.isBefore(from)) {
            return 0;
        }
        return Pricing.price(data.tariff(), data.discounts(), ((Number) r[6]).longValue(),
                SponsorshipService.programmesOf((String) r[7]), Sector.valueOf((String) r[2]), funding, period).net();
    }

    private static YearMonth paidThrough(Object[] r) {
        return r[3] == null ? null : YearMonth.from(SqlValues.localDate(r[3]));
    }
}
