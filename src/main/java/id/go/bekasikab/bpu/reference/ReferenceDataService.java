package id.go.bekasikab.bpu.reference;

import id.go.bekasikab.bpu.rules.ContributionRate;
import id.go.bekasikab.bpu.rules.DiscountWindow;
import id.go.bekasikab.bpu.rules.Funding;
import id.go.bekasikab.bpu.rules.HolidayCalendar;
import id.go.bekasikab.bpu.rules.IncomeBand;
import id.go.bekasikab.bpu.rules.IncomeBasisTable;
import id.go.bekasikab.bpu.rules.MonthlyContribution;
import id.go.bekasikab.bpu.rules.Programme;
import id.go.bekasikab.bpu.rules.ReferenceData;
import id.go.bekasikab.bpu.rules.Sector;
import id.go.bekasikab.bpu.rules.Tariff;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reference data from the database: the tariff (income-basis table and rates), the contribution discounts and the
 * holiday calendar. Re-read every few minutes, so an operator's correction reaches every replica without a release
 * or a restart; between reads, quotes need no database at all.
 */
@ApplicationScoped
public class ReferenceDataService {

    private static final Duration REFRESH = Duration.ofMinutes(5);

    private final AgroalDataSource dataSource;
    private final Clock clock;
    private volatile Loaded loaded;

    private record Loaded(ReferenceData data, Instant at) {
    }

    ReferenceDataService(AgroalDataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    public ReferenceData current() {
        Loaded current = loaded;
        Instant now = Instant.now();
        if (current == null || current.at().plus(REFRESH).isBefore(now)) {
            // outside the caller's transaction: a heavy read's runs on the read datasource, and one transaction
            // takes one datasource's connection only
            current = new Loaded(io.quarkus.narayana.jta.QuarkusTransaction.suspendingExisting().call(this::read), now);
            loaded = current;
        }
        return current.data();
    }

    /** Reference data was changed in a transaction of this replica. */
    public record Changed() {
    }

    /** Reads the reference data again on next use, once the change that fired this has committed. */
    void reload(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed change) {
        loaded = null;
    }

    public MonthlyContribution monthly(long declaredIncome, Set<Programme> programmes, LocalDate on) {
        return current().tariff().monthly(declaredIncome, programmes, on);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private ReferenceData read() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            List<IncomeBand> bands = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(
                    "select valid_from, income_from, income_to, basis from income_basis_band")) {
                while (rows.next()) {
                    long to = rows.getLong("income_to");
                    if (rows.wasNull()) {
                        to = IncomeBand.OPEN;
                    }
                    bands.add(new IncomeBand(rows.getObject("valid_from", LocalDate.class), rows.getLong("income_from"),
                            to, rows.getLong("basis")));
                }
            }
            List<ContributionRate> rates = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(
                    "select programme, valid_from, basis_points, flat_amount from contribution_rate")) {
                while (rows.next()) {
                    rates.add(new ContributionRate(Programme.valueOf(rows.getString("programme")),
                            rows.getObject("valid_from", LocalDate.class), rows.getInt("basis_points"),
                            rows.getLong("flat_amount")));
                }
            }
            List<DiscountWindow> discounts = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("select sector, month_from, month_to, basis_points, programmes,"
                    + " excluded_funding, source from contribution_discount")) {
                while (rows.next()) {
                    discounts.add(new DiscountWindow(Sector.valueOf(rows.getString("sector")),
                            YearMonth.from(rows.getObject("month_from", LocalDate.class)),
                            YearMonth.from(rows.getObject("month_to", LocalDate.class)), rows.getInt("basis_points"),
                            codes(rows.getString("programmes"), Programme.class),
                            codes(rows.getString("excluded_funding"), Funding.class), rows.getString("source")));
                }
            }
            Set<LocalDate> holidays = new HashSet<>();
            try (ResultSet rows = statement.executeQuery("select day from holiday")) {
                while (rows.next()) {
                    holidays.add(rows.getObject("day", LocalDate.class));
                }
            }
            return new ReferenceData(new Tariff(new IncomeBasisTable(bands), rates), discounts,
                    new HolidayCalendar(holidays));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the reference data", e);
        }
    }

    private static <E extends Enum<E>> Set<E> codes(String csv, Class<E> type) {
        return Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(code -> Enum.valueOf(type, code)).collect(Collectors.toSet());
    }
}
