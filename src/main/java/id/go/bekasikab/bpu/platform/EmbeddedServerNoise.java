package id.go.bekasikab.bpu.platform;

import io.quarkus.logging.LoggingFilter;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import org.jboss.logmanager.ExtLogRecord;

/**
 * Drops the two warnings the embedded database extension causes at every start of the run command and the tests:
 * it configures a reactive URL this service has no client for, and replaces the PostgreSQL driver's connection
 * checker with none. Neither reaches production, which is built without it (Preflight refuses a jar with it), and a
 * newcomer should not have to wonder about them. Every other warning passes.
 */
@LoggingFilter(name = "embedded-server-noise")
public final class EmbeddedServerNoise implements Filter {

    @Override
    public boolean isLoggable(LogRecord record) {
        String message = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
        return message == null || !(message.contains("\"quarkus.datasource.reactive.url\"")
                || message.startsWith("Agroal does not support detecting if a connection is still usable"));
    }
}
