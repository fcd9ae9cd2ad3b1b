package id.go.bekasikab.bpu.platform;

/** One failed field: a JSON pointer into the request body (or a parameter name), a stable code and a message. */
public record FieldError(String pointer, String code, String message) {
}
