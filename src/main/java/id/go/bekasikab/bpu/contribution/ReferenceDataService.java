package id.go.bekasikab.bpu.contribution;

import id.go.bekasikab.bpu.rules.ContributionRate;
import id.go.bekasikab.bpu.rules.IncomeBand;
import id.go.bekasikab.bpu.rules.IncomeBasisTable;
import id.go.bekasikab.bpu.rules.MonthlyContribution;
import id.go.bekasikab.bpu.rules.Programme;
import id.go.bekasikab.bpu.rules.Tariff;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The tariff (income-basis table and rates) as reference data from the database. It is re-read every few minutes,
 * so an operator's correction reaches every replica without a release or a restart.
 */
@ApplicationScoped
public class TariffService {

    private static final Duration REFRESH = Duration.ofMinutes(5);

    private final AgroalDataSource dataSource;
    private final Clock clock;
    private volatile Loaded loaded;

    private record Loaded(Tariff tariff, Instant at) {
    }

    TariffService(AgroalDataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    public MonthlyContribution monthly(long declaredIncome, Set<Programme> programmes, LocalDate on) {
        return tariff().monthly(declaredIncome, programmes, on);
    }

    public Tariff tariff() {
        Loaded current = loaded;
        Instant now = Instant.now();
        if (current == null || current.at().plus(REFRESH).isBefore(now)) {
            current = new Loaded(read(), now);
            loaded = current;
        }
        return current.tariff();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private Tariff read() {
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
            return new Tariff(new IncomeBasisTable(bands), rates);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the tariff reference data", e);
        }
    }
}
