package id.go.bekasikab.bpu.platform;

import java.util.List;

/** RFC 9457 problem details, extended with a stable {@code code}, field {@code errors} and the request's trace id. */
public record Problem(String type, String title, int status, String detail, String code, List<FieldError> errors,
                      String traceId) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "https://bpu.bekasikab.go.id/problems/";

    public static String typeOf(String code) {
        return TYPE_BASE + code.toLowerCase().replace('_', '-');
    }
}
