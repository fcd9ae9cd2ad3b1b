package id.go.bekasikab.bpu.platform;

import java.sql.SQLException;
import java.util.Set;

/**
 * Failures that say "try again shortly", not "this request is wrong": the database unreachable or restarting, the
 * connection pool exhausted, a serialization failure or a deadlock. They answer 503 with Retry-After, never 500.
 */
final class TransientFailures {

    /** SQLSTATEs of transient trouble: connection (08…), serialization/deadlock, too many connections, shutdown. */
    private static final Set<String> STATES = Set.of("40001", "40P01", "53300", "57P01", "57P02", "57P03");

    private TransientFailures() {
    }

    static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || STATES.contains(state))) {
                    return true;
                }
                // Agroal's pool: no connection became free within the acquisition timeout
                if (sql.getMessage() != null && sql.getMessage().startsWith("Acquisition timeout")) {
                    return true;
                }
            }
            if (t instanceof java.sql.SQLTransientException) {
                return true;
            }
        }
        return false;
    }
}
