package id.go.bekasikab.bpu.platform;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.MDC;

/**
 * Runs before any resource: gives each request a trace id (the caller's {@code X-Request-Id} when it is a sane
 * token, else a new one) and refuses a declared body over the limit with a 413 problem before reading it.
 */
@Singleton
public class RequestGuard {

    public static final String TRACE_ID = "traceId";
    static final String REQUEST_ID_HEADER = "X-Request-Id";
    private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    private final long maxBodyBytes;

    RequestGuard(@ConfigProperty(name = "bpu.http.max-body-bytes") long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            HttpServerRequest request = rc.request();
            String offered = request.getHeader(REQUEST_ID_HEADER);
            String traceId = offered != null && SANE_ID.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
            MDC.put(TRACE_ID, traceId);
            rc.response().putHeader(REQUEST_ID_HEADER, traceId);
            if (declaredLength(request) > maxBodyBytes) {
                rc.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end("{\"type\":\"" + Problem.typeOf("BODY_TOO_LARGE") + "\",\"title\":\"Payload too large\","
                                + "\"status\":413,\"detail\":\"the body is larger than " + maxBodyBytes + " bytes\","
                                + "\"code\":\"BODY_TOO_LARGE\",\"errors\":[],\"traceId\":\"" + traceId + "\"}");
                return;
            }
            rc.next();
        }, 100);
    }

    private static long declaredLength(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return 0;
        }
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
