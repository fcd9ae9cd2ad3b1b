package id.go.bekasikab.bpu.support;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/** Every SQL statement Hibernate prepares (native ones too) while a test asks for them; otherwise a no-op. */
@PersistenceUnitExtension
@ApplicationScoped
public class SqlCapture implements StatementInspector {

    private static final Set<String> CAPTURED = new LinkedHashSet<>();
    private static volatile boolean capturing;

    @Override
    public String inspect(String sql) {
        if (capturing) {
            synchronized (CAPTURED) {
                CAPTURED.add(sql);
            }
        }
        return sql;
    }

    /** The distinct statements prepared, by any thread, while {@code calls} ran. */
    public static List<String> during(Runnable calls) {
        synchronized (CAPTURED) {
            CAPTURED.clear();
        }
        capturing = true;
        try {
            calls.run();
        } finally {
            capturing = false;
        }
        synchronized (CAPTURED) {
            return List.copyOf(CAPTURED);
        }
    }
}
