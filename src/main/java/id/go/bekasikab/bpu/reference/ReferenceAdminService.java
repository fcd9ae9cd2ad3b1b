package id.go.bekasikab.bpu.reference;

import id.go.bekasikab.bpu.platform.AuditLog;
import id.go.bekasikab.bpu.platform.FieldError;
import id.go.bekasikab.bpu.platform.ProblemException;
import id.go.bekasikab.bpu.platform.QueryParams;
import id.go.bekasikab.bpu.platform.RequestValidation;
import id.go.bekasikab.bpu.platform.SqlValues;
import id.go.bekasikab.bpu.rules.Programme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reference data an administrator keeps current without a release: the holiday calendar (a new SKB every year)
 * and contribution rates (a new version from a future month). Every change is audited, and this replica reloads at
 * once; the others within their 5-minute refresh.
 */
@ApplicationScoped
public class ReferenceAdminService {

    private final EntityManager em;
    private final Event<ReferenceDataService.Changed> changed;
    private final RequestValidation validation;
    private final AuditLog audit;
    private final Clock clock;

    public record Holiday(LocalDate day, String name, String kind, String source) {
    }

    public record HolidayBody(
            @NotNull @Size(min = 1, max = 200) String name,
            @NotNull @Pattern(regexp = "NATIONAL|CUTI_BERSAMA", message = "NATIONAL or CUTI_BERSAMA") String kind,
            @NotNull @Size(min = 1, max = 200) String source) {
    }

    public record Rate(Programme programme, LocalDate validFrom, int basisPoints, long flatAmount, String source) {
    }

    public record RateBody(
            @NotNull Programme programme,
            @NotNull LocalDate validFrom,
            @NotNull @Min(0) @Max(10_000) Integer basisPoints,
            @NotNull @Min(0) @Max(10_000_000) Long flatAmount,
            @NotNull @Size(min = 1, max = 200) String source) {
    }

    ReferenceAdminService(EntityManager em, Event<ReferenceDataService.Changed> changed, RequestValidation validation,
                          AuditLog audit, Clock clock) {
        this.em = em;
        this.changed = changed;
        this.validation = validation;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public List<Holiday> holidays(String year) {
        int y;
        try {
            y = year == null ? LocalDate.now(clock).getYear() : Integer.parseInt(year);
        } catch (NumberFormatException e) {
            throw ProblemException.validation(List.of(new FieldError("year", "WRONG_TYPE", "must be a year")));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select day, name, kind, source from holiday"
                + " where day >= ?1 and day < ?2 order by day")
                .setParameter(1, LocalDate.of(y, 1, 1)).setParameter(2, LocalDate.of(y + 1, 1, 1)).getResultList();
        return rows.stream().map(r -> new Holiday(SqlValues.localDate(r[0]),
                (String) r[1], (String) r[2], (String) r[3])).toList();
    }

    /** Adds or replaces the holiday on a day. */
    @Transactional
    public Holiday putHoliday(String day, HolidayBody body) {
        LocalDate date = QueryParams.day("day", day);
        check(body);
        em.createNativeQuery("insert into holiday (day, name, kind, source) values (?1, ?2, ?3, ?4)"
                        + " on conflict (day) do update set name = excluded.name, kind = excluded.kind,"
                        + " source = excluded.source")
                .setParameter(1, date).setParameter(2, body.name().strip()).setParameter(3, body.kind())
                .setParameter(4, body.source().strip()).executeUpdate();
        Holiday holiday = new Holiday(date, body.name().strip(), body.kind(), body.source().strip());
        audit.write("reference.holiday-put", "holiday", date, null, holiday);
        changed.fire(new ReferenceDataService.Changed());
        return holiday;
    }

    @Transactional
    public void deleteHoliday(String day) {
        LocalDate date = QueryParams.day("day", day);
        if (em.createNativeQuery("delete from holiday where day = ?1").setParameter(1, date).executeUpdate() == 0) {
            throw ProblemException.notFound("HOLIDAY_NOT_FOUND", "the holiday");
        }
        audit.write("reference.holiday-delete", "holiday", date, null, null);
        changed.fire(new ReferenceDataService.Changed());
    }

    @Transactional
    public List<Rate> rates() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select programme, valid_from, basis_points, flat_amount, source"
                + " from contribution_rate order by programme, valid_from").getResultList();
        return rows.stream().map(r -> new Rate(Programme.valueOf((String) r[0]),
                SqlValues.localDate(r[1]), ((Number) r[2]).intValue(),
                ((Number) r[3]).longValue(), (String) r[4])).toList();
    }

    /**
     * A new rate version from the first day of a future month: months already billed keep their price, and a
     * month is never priced by two versions.
     */
    @Transactional
    public Rate addRate(RateBody body) {
        check(body);
        List<FieldError> errors = new ArrayList<>();
        LocalDate firstOfNextMonth = LocalDate.now(clock).withDayOfMonth(1).plusMonths(1);
        if (body.validFrom().getDayOfMonth() != 1 || body.validFrom().isBefore(firstOfNextMonth)) {
            errors.add(new FieldError("/validFrom", "OUT_OF_RANGE", "must be the first day of a month after this one"));
        }
        if (!body.programme().offeredToBpu()) {
            errors.add(new FieldError("/programme", "PROGRAMME_NOT_FOR_BPU", "JKK, JKM or JHT"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        int inserted = em.createNativeQuery("insert into contribution_rate (programme, valid_from, basis_points,"
                        + " flat_amount, source) values (?1, ?2, ?3, ?4, ?5) on conflict do nothing")
                .setParameter(1, body.programme().name()).setParameter(2, body.validFrom())
                .setParameter(3, body.basisPoints()).setParameter(4, body.flatAmount())
                .setParameter(5, body.source().strip()).executeUpdate();
        if (inserted == 0) {
            throw new ProblemException(409, "RATE_VERSION_EXISTS", "A version exists",
                    "a " + body.programme() + " rate from " + body.validFrom() + " already exists");
        }
        Rate rate = new Rate(body.programme(), body.validFrom(), body.basisPoints(), body.flatAmount(),
                body.source().strip());
        audit.write("reference.rate-add", "rate", body.programme() + "@" + body.validFrom(), null, rate);
        changed.fire(new ReferenceDataService.Changed());
        return rate;
    }

    private void check(Object body) {
        List<FieldError> errors = validation.errorsOf(body);
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
    }

}
