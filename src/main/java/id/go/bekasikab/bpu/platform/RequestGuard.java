package id.go.bekasikab.bpu.platform;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Runs before any resource: gives each request a trace id (the caller's {@code X-Request-Id} when it is a sane
 * token, else a new one) and refuses a declared body over the limit with a 413 problem before reading it. Bodies
 * are 1 MiB at most, except bulk enrolment uploads; a body without a declared length (chunked) is only accepted for
 * uploads, so the HTTP layer's larger overall limit serves them alone.
 */
@Singleton
public class RequestGuard {

    public static final String TRACE_ID = "traceId";
    /** Why the caller asked, from {@code X-Purpose}: kept with audit events. */
    public static final String PURPOSE = "purpose";
    static final String REQUEST_ID_HEADER = "X-Request-Id";
    private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    private static final Pattern CONTROL_ESCAPE = Pattern.compile("%(?:[01][0-9A-Fa-f]|7[Ff])");
    private static final Pattern UPLOAD = Pattern.compile("/v1/payers/[^/]+/enrolments/?");

    private final BusinessMetrics metrics;
    private final long maxBodyBytes;
    private final long maxUploadBytes;
    private final RateLimiter rateLimiter;

    RequestGuard(Settings settings, RateLimiter rateLimiter, BusinessMetrics metrics) {
        this.metrics = metrics;
        long maxBodyBytes = settings.http().maxBodyBytes();
        long maxUploadBytes = settings.http().maxUploadBytes();
        this.maxBodyBytes = maxBodyBytes;
        this.maxUploadBytes = maxUploadBytes;
        this.rateLimiter = rateLimiter;
    }

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            HttpServerRequest request = rc.request();
            String offered = request.getHeader(REQUEST_ID_HEADER);
            String traceId = requestId(offered != null && SANE_ID.matcher(offered).matches() ? offered : null);
            MDC.put(TRACE_ID, traceId);
            String purpose = request.getHeader("X-Purpose");
            if (purpose != null) {
                String clean = purpose.replaceAll("\\p{Cntrl}", " ").strip();
                MDC.put(PURPOSE, clean.length() > 200 ? clean.substring(0, 200) : clean);
            } else {
                MDC.remove(PURPOSE);
            }
            rc.response().putHeader(REQUEST_ID_HEADER, traceId);
            secure(rc.response(), request.path());
            if (request.path().startsWith("/v1/")) {
                long wait = rateLimiter.acquire(request.getHeader(HttpHeaders.AUTHORIZATION),
                        request.remoteAddress() == null ? "unknown" : request.remoteAddress().host());
                rc.response().putHeader("RateLimit-Limit", Integer.toString(rateLimiter.perMinute()));
                if (wait > 0) {
                    rc.response().putHeader("Retry-After", Long.toString(wait));
                    metrics.rateLimited();
                    refuse(rc.response(), 429, "RATE_LIMITED", "Too many requests",
                            "this client is over its request budget; retry after " + wait + " s", traceId);
                    return;
                }
            }
            if (CONTROL_ESCAPE.matcher(request.uri()).find() || StrictValues.hasControlCharacter(request.uri())) {
                // refused before any lookup: a NUL reaches no query, no log line and no database
                refuse(rc.response(), 400, "CONTROL_CHARACTER", "Bad request",
                        "the path or a query parameter holds a control character", traceId);
                return;
            }
            if (request.path().startsWith("/v1/") && request.method() == io.vertx.core.http.HttpMethod.OPTIONS) {
                // no browser is a client of this API (CORS is off): a preflight gets no methods to try
                refuse(rc.response(), 403, "FORBIDDEN", "Not allowed", "OPTIONS is not served: CORS is off", traceId);
                return;
            }
            String empty = emptyQueryParameter(request.query());
            if (request.path().startsWith("/v1/") && empty != null) {
                // one rule for the whole API: an empty value is not a value, never a silent default
                refuse(rc.response(), 400, "VALIDATION_FAILED", "The request is not valid", "1 field is not valid",
                        traceId, "[{\"pointer\":\"" + empty + "\",\"code\":\"INVALID_FORMAT\",\"message\":"
                        + "\"an empty value is not a value: leave the parameter out\"}]");
                return;
            }
            boolean upload = UPLOAD.matcher(request.path()).matches();
            long limit = upload ? maxUploadBytes : maxBodyBytes;
            if (declaredLength(request) > limit) {
                refuse(rc.response(), 413, "BODY_TOO_LARGE", "Payload too large",
                        "the body is larger than " + limit + " bytes", traceId);
                return;
            }
            if (!upload && request.getHeader(HttpHeaders.CONTENT_LENGTH) == null
                    && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
                refuse(rc.response(), 411, "LENGTH_REQUIRED", "Length required",
                        "send the body with a Content-Length", traceId);
                return;
            }
            rc.next();
        }, 100);
    }

    /**
     * Headers for an API that serves personal data to other systems: nothing cached, nothing sniffed, framed or
     * referred. HSTS tells browsers to stay on HTTPS, which the ingress terminates.
     */
    private static void secure(HttpServerResponse response, String path) {
        response.putHeader("X-Content-Type-Options", "nosniff")
                .putHeader("X-Frame-Options", "DENY")
                .putHeader("Referrer-Policy", "no-referrer")
                .putHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        if (path.startsWith("/v1/")) {
            response.putHeader("Cache-Control", "no-store")
                    .putHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        }
    }

    /** The name of the first query parameter given with an empty value, if any (made safe to echo). */
    static String emptyQueryParameter(String query) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        for (String part : query.split("&")) {
            int eq = part.indexOf('=');
            if (eq < 0 || eq == part.length() - 1) {
                return (eq < 0 ? part : part.substring(0, eq)).replaceAll("[^A-Za-z0-9_]", "_");
            }
        }
        return null;
    }

    private static void refuse(HttpServerResponse response, int status, String code, String title, String detail,
                               String traceId) {
        refuse(response, status, code, title, detail, traceId, "[]");
    }

    private static void refuse(HttpServerResponse response, int status, String code, String title, String detail,
                               String traceId, String errors) {
        response.setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end("{\"type\":\"" + Problem.typeOf(code) + "\",\"title\":\"" + title + "\",\"status\":" + status
                        + ",\"detail\":\"" + detail + "\",\"code\":\"" + code + "\",\"errors\":" + errors + ",\"traceId\":\""
                        + traceId + "\"}");
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

    /**
     * One id per request, in the X-Request-Id header, every problem and every log line: the caller's own, else the
     * trace's when tracing is on (so a problem's traceId finds its trace), else a fresh UUID. A caller's id is also
     * put on the trace as {@code request.id}.
     */
    private static String requestId(String offered) {
        io.opentelemetry.api.trace.Span span = io.opentelemetry.api.trace.Span.current();
        if (offered != null) {
            if (span.getSpanContext().isValid()) {
                span.setAttribute("request.id", offered);
            }
            return offered;
        }
        return span.getSpanContext().isValid() ? span.getSpanContext().getTraceId() : UUID.randomUUID().toString();
    }
}
