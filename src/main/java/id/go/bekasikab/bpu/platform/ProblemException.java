package id.go.bekasikab.bpu.platform;

import java.util.Comparator;
import java.util.List;

/** A refusal the API reports as a problem: services throw it, {@link ProblemMappers} renders it. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String code;
    private final String title;
    private final List<FieldError> errors;

    public ProblemException(int status, String code, String title, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public ProblemException(int status, String code, String title, String detail) {
        this(status, code, title, detail, List.of());
    }

    /** A 400 listing every failed field, in pointer order so the same request always reads the same. */
    public static ProblemException validation(List<FieldError> errors) {
        List<FieldError> sorted = errors.stream()
                .sorted(Comparator.comparing(FieldError::pointer).thenComparing(FieldError::code)).toList();
        return new ProblemException(400, "VALIDATION_FAILED", "The request is not valid",
                sorted.size() == 1 ? "1 field is not valid" : sorted.size() + " fields are not valid", sorted);
    }

    /** Refusals that conflict with the current state rather than with the request; every other refusal is a 422. */
    private static final java.util.Set<String> CONFLICTS = java.util.Set.of("MONTH_ALREADY_PAID");

    /** A domain refusal with its typed reason code, reported at the request field it concerns. */
    public static ProblemException refused(Enum<?> reason, String title, String pointer, String detail) {
        String code = reason.name();
        return new ProblemException(CONFLICTS.contains(code) ? 409 : 422, code, title, detail,
                pointer == null ? List.of() : List.of(new FieldError(pointer, code, detail)));
    }

    public static ProblemException notFound(String code, String what) {
        return new ProblemException(404, code, "Not found", what + " was not found");
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
