package id.go.bekasikab.bpu.platform;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
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

    /**
     * Looks through causes and suppressed exceptions: when a connection dies mid-transaction, the rollback fails too,
     * and the transaction manager reports that failure with the original one (or only its closed connection) inside.
     */
    static boolean isTransient(Throwable failure) {
        Deque<Throwable> toSee = new ArrayDeque<>(List.of(failure));
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (!toSee.isEmpty() && seen.size() < 32) {
            Throwable t = toSee.pop();
            if (!seen.add(t)) {
                continue;
            }
            if (isTransientItself(t)) {
                return true;
            }
            if (t.getCause() != null) {
                toSee.push(t.getCause());
            }
            toSee.addAll(Arrays.asList(t.getSuppressed()));
        }
        return false;
    }

    private static boolean isTransientItself(Throwable t) {
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
        return t instanceof java.sql.SQLTransientException;
    }
}
