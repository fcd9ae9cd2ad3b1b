package id.go.bekasikab.bpu.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which failures are "retry shortly" (503) rather than a defect (500), wherever they sit in the cause chain. */
class TransientFailuresTest {

    @ParameterizedTest(name = "SQLSTATE {0} / {1}: transient {2}")
    @CsvSource({"08006, connection failure, true", "08001, cannot connect, true", "40001, serialization, true",
            "40P01, deadlock, true", "57P01, admin shutdown, true", "53300, too many connections, true",
            "23505, unique violation, false", "42P01, undefined table, false",
            ", Acquisition timeout while waiting for new connection, true"})
    void aDatabaseFailureIsTransientByItsState(String state, String message, boolean transientOne) {
        RuntimeException wrapped = new RuntimeException("wrapped", new IllegalStateException(new SQLException(message,
                state)));
        assertEquals(transientOne, TransientFailures.isTransient(wrapped));
    }
}
