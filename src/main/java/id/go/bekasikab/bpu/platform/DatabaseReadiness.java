package id.go.bekasikab.bpu.platform;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.AgroalConnectionFactoryConfiguration;
import io.agroal.api.security.SimplePassword;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready while the database answers, whatever the pool is doing. Quarkus's own check borrows a pooled connection, so a
 * replica busy enough to use them all would report itself unready, and a load balancer would pull every saturated
 * replica at once. This check keeps one connection of its own, outside the pool, and asks it within seconds.
 */
@Readiness
@ApplicationScoped
class DatabaseReadiness implements HealthCheck {

    private static final int TIMEOUT_SECONDS = 2;

    private final AgroalDataSource pool;
    private Connection probe;

    DatabaseReadiness(AgroalDataSource pool) {
        this.pool = pool;
    }

    @Override
    public synchronized HealthCheckResponse call() {
        try {
            if (probe == null || !probe.isValid(TIMEOUT_SECONDS)) {
                close();
                // one fresh try: the database may have restarted since the last probe
                probe = connect();
                if (!probe.isValid(TIMEOUT_SECONDS)) {
                    return down("the database does not answer");
                }
            }
            return HealthCheckResponse.up("database");
        } catch (SQLException e) {
            close();
            return down(e.getSQLState() == null ? "unreachable" : "unreachable (SQLSTATE " + e.getSQLState() + ")");
        }
    }

    private static HealthCheckResponse down(String why) {
        return HealthCheckResponse.named("database").down().withData("reason", why).build();
    }

    private Connection connect() throws SQLException {
        AgroalConnectionFactoryConfiguration factory = pool.getConfiguration().connectionPoolConfiguration()
                .connectionFactoryConfiguration();
        Properties properties = new Properties();
        properties.putAll(factory.jdbcProperties());
        if (factory.principal() != null) {
            properties.setProperty("user", factory.principal().getName());
        }
        for (Object credential : factory.credentials()) {
            if (credential instanceof SimplePassword password) {
                properties.putAll(password.asProperties());
            }
        }
        properties.setProperty("connectTimeout", String.valueOf(TIMEOUT_SECONDS));
        properties.setProperty("loginTimeout", String.valueOf(TIMEOUT_SECONDS));
        properties.setProperty("socketTimeout", String.valueOf(TIMEOUT_SECONDS + 1));
        properties.setProperty("ApplicationName", "bpu-readiness");
        return DriverManager.getConnection(factory.jdbcUrl(), properties);
    }

    private void close() {
        if (probe != null) {
            try {
                probe.close();
            } catch (SQLException ignored) {
                // a connection that is already broken has nothing left to close
            }
            probe = null;
        }
    }
}
