package id.go.bekasikab.bpu.platform;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.customized.QuarkusConnectionProvider;
import io.quarkus.hibernate.orm.runtime.tenant.TenantConnectionResolver;
import io.quarkus.hibernate.orm.runtime.tenant.TenantResolver;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;

/**
 * Which datasource a transaction's session uses: the primary (the default datasource), or — for a heavy read started by
 * {@link HeavyReads} on this thread — the read-only datasource "read" (the CloudNativePG replicas' pooler in
 * production). Hibernate asks when it opens the session, so the choice holds for the whole transaction.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class ReadRouting implements TenantResolver {

    static final String PRIMARY = "primary";
    static final String READ = "read";
    private static final ThreadLocal<Boolean> READING = ThreadLocal.withInitial(() -> false);

    @Override
    public String getDefaultTenantId() {
        return PRIMARY;
    }

    @Override
    public String resolveTenantId() {
        return READING.get() ? READ : PRIMARY;
    }

    /** Runs a read (that opens its own transaction) on the read-only datasource. */
    static <T> T reading(Supplier<T> read) {
        boolean before = READING.get();
        READING.set(true);
        try {
            return read.get();
        } finally {
            READING.set(before);
        }
    }

    /** The two datasources behind the two tenant ids; Hibernate caches one connection provider per id. */
    @PersistenceUnitExtension
    @ApplicationScoped
    static class Datasources implements TenantConnectionResolver {

        private final AgroalDataSource primary;
        private final AgroalDataSource read;

        Datasources(AgroalDataSource primary, @DataSource(READ) AgroalDataSource read) {
            this.primary = primary;
            this.read = read;
        }

        @Override
        public ConnectionProvider resolve(String tenantId) {
            return new QuarkusConnectionProvider(READ.equals(tenantId) ? read : primary);
        }
    }
}
