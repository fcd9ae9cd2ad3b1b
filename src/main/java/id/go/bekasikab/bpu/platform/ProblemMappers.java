package id.go.bekasikab.bpu.platform;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import id.go.bekasikab.bpu.rules.NoTariffInForce;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The only place that turns exceptions into responses: every 4xx and 5xx leaves as {@code application/problem+json}.
 * Messages are written here, never copied from an exception, so no input (a NIK, say) or class name is echoed back.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    ObjectMapper json;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    AllowedMethods allowedMethods;

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return respond(e.status(), e.code(), e.title(), e.getMessage(), e.errors());
    }

    /** A month or day before the first tariff row: nothing can be priced or based on it. */
    @ServerExceptionMapper
    public Response noTariff(NoTariffInForce e) {
        return respond(422, "NO_TARIFF_FOR_MONTH", "No tariff for that month",
                "the reference data has no tariff in force on " + e.day() + "; contributions start with the first one",
                List.of());
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e) {
        if (e instanceof MismatchedInputException trailing && trailing.getOriginalMessage() != null
                && trailing.getOriginalMessage().startsWith("Trailing token")) {
            return respond(400, "MALFORMED_JSON", "The body is not valid JSON",
                    "the body must be a single JSON document", List.of());
        }
        FieldError error = fieldErrorOf(e);
        if (error != null) {
            return invalidBody(error);
        }
        String where = e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        return respond(400, "MALFORMED_JSON", "The body is not valid JSON",
                "the body could not be parsed as JSON" + where, List.of());
    }

    /** The field error a JSON mapping failure stands for, or null when the text is not JSON at all. */
    public static FieldError fieldErrorOf(JsonProcessingException e) {
        if (e instanceof StrictValues.ControlCharacter control) {
            return new FieldError(pointer(control), "CONTROL_CHARACTER", "control characters are not allowed");
        }
        if (e instanceof StrictValues.YearOutOfRange range) {
            return new FieldError(pointer(range), "OUT_OF_RANGE", "the year must be 1900 to 2100");
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new FieldError(pointer(unknown), "UNKNOWN_FIELD", "is not a field of this request");
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum() && invalid.getValue() instanceof String) {
            String allowed = Arrays.stream(invalid.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", "));
            return new FieldError(pointer(invalid), "UNKNOWN_ENUM_VALUE", "must be one of: " + allowed);
        }
        if (e instanceof InvalidFormatException invalid && invalid.getValue() instanceof String
                && invalid.getTargetType() != String.class) {
            return new FieldError(pointer(invalid), "INVALID_FORMAT", expectation(invalid));
        }
        if (e instanceof MismatchedInputException mismatched) {
            return new FieldError(pointer(mismatched), "WRONG_TYPE", expectation(mismatched));
        }
        if (e instanceof JsonMappingException mapping && mapping.getCause() instanceof InputCoercionException) {
            return new FieldError(pointer(mapping), "OUT_OF_RANGE", "is too large");
        }
        if (e instanceof JsonMappingException mapping) {
            return new FieldError(pointer(mapping), "INVALID_FORMAT", "is not a valid value here");
        }
        if (e instanceof InputCoercionException) {
            return new FieldError("", "OUT_OF_RANGE", "a number is too large");
        }
        return null;
    }

    // Quarkus ships mappers for these subtypes; mapping them here keeps every JSON error a problem
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return json(e);
    }

    @ServerExceptionMapper
    public Response mapping(JsonMappingException e) {
        return json(e);
    }

    @ServerExceptionMapper
    public Response syntax(JsonParseException e) {
        return json(e);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, HttpServerRequest request) {
        if (e.getCause() instanceof JsonProcessingException jsonError) {
            return json(jsonError);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        String code = switch (status) {
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406 -> "NOT_ACCEPTABLE";
            case 413 -> "BODY_TOO_LARGE";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            default -> "BAD_REQUEST";
        };
        String detail = switch (status) {
            case 404 -> "no resource at this path";
            case 405 -> "this resource does not support the method";
            case 406 -> "this resource answers application/json";
            case 413 -> "the body is larger than 1 MiB";
            case 415 -> "send the body as application/json";
            default -> "the request could not be understood";
        };
        Response problem = respond(status, code, Response.Status.fromStatusCode(status) == null ? "Client error"
                : Response.Status.fromStatusCode(status).getReasonPhrase(), detail, List.of());
        if (status != 405) {
            return problem;
        }
        // RFC 9110 §15.5.6: a 405 names the methods the path has
        return allowedMethods.of(request.path()).map(allow -> Response.fromResponse(problem)
                .header(jakarta.ws.rs.core.HttpHeaders.ALLOW, allow).build()).orElse(problem);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, HttpServerRequest request) {
        countFailure(request);
        return Response.fromResponse(respond(401, "UNAUTHENTICATED", "Authentication required",
                "send a valid bearer token from the configured issuer", List.of()))
                .header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpServerRequest request) {
        countFailure(request);
        return Response.fromResponse(respond(401, "UNAUTHENTICATED", "Authentication required",
                "the bearer token is missing, expired, or not signed by the configured issuer", List.of()))
                .header("WWW-Authenticate", "Bearer error=\"invalid_token\"").build();
    }

    private void countFailure(HttpServerRequest request) {
        rateLimiter.failedAuthentication(request.remoteAddress() == null ? "unknown" : request.remoteAddress().host());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(403, "FORBIDDEN", "Not allowed", "the token's roles do not allow this operation", List.of());
    }

    /** The heavy-reads bulkhead is full: this replica is busy with reads like this one, not broken. */
    @ServerExceptionMapper
    public Response busy(BulkheadException e) {
        return Response.fromResponse(respond(503, "SERVICE_UNAVAILABLE", "Service busy",
                "too many reads like this one are running on this replica; retry in a few seconds", List.of()))
                .header("Retry-After", "2").build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        if (TransientFailures.isTransient(e)) {
            LOG.warnf("transient %s [%s]", e.getClass().getName(), String.valueOf(MDC.get(RequestGuard.TRACE_ID)));
            return Response.fromResponse(respond(503, "SERVICE_UNAVAILABLE", "Service unavailable",
                    "the database is busy or restarting; retry in a few seconds (a retry with the same Idempotency-Key"
                            + " is safe)", List.of())).header("Retry-After", "2").build();
        }
        // Log the type and our own trace id only: exception messages can quote request data
        LOG.errorf("unexpected %s [%s]", e.getClass().getName(), String.valueOf(MDC.get(RequestGuard.TRACE_ID)));
        LOG.debug("unexpected failure", e);
        return respond(500, "INTERNAL_ERROR", "Internal error",
                "the request failed; quote the traceId when reporting it", List.of());
    }

    private Response invalidBody(FieldError error) {
        return respond(400, "VALIDATION_FAILED", "The request is not valid", "1 field is not valid", List.of(error));
    }

    Response respond(int status, String code, String title, String detail, List<FieldError> errors) {
        Object traceId = MDC.get(RequestGuard.TRACE_ID);
        Problem problem = new Problem(Problem.typeOf(code), title, status, detail, code, errors,
                traceId == null ? null : traceId.toString());
        try {
            return Response.status(status).type(Problem.MEDIA_TYPE).entity(json.writeValueAsString(problem)).build();
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** The JSON pointer of the failing field, from Jackson's path (e.g. /heirs/0/birthDate). */
    static String pointer(JsonMappingException e) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            pointer.append('/');
            if (ref.getFieldName() != null) {
                pointer.append(ref.getFieldName().replace("~", "~0").replace("/", "~1"));
            } else if (ref.getIndex() >= 0) {
                pointer.append(ref.getIndex());
            }
        }
        return pointer.toString();
    }

    private static String expectation(MismatchedInputException e) {
        Class<?> target = e.getTargetType();
        if (target == null) {
            return "has the wrong type";
        }
        if (target == String.class) {
            return "must be a string";
        }
        if (target == long.class || target == Long.class || target == int.class || target == Integer.class) {
            return "must be a whole number";
        }
        if (target == java.time.LocalDate.class) {
            return "must be a date (YYYY-MM-DD)";
        }
        if (target == boolean.class || target == Boolean.class) {
            return "must be true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(target)) {
            return "must be an array";
        }
        return "must be an object";
    }
}
