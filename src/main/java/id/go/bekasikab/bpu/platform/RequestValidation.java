package id.go.bekasikab.bpu.platform;

import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;

/**
 * Bean Validation of a request body, reported as field errors with JSON pointers. Resources call it explicitly so
 * shape errors and rule rejections reach the client in one problem.
 */
@Singleton
public class RequestValidation {

    private final Validator validator;

    RequestValidation(Validator validator) {
        this.validator = validator;
    }

    /** Field errors of a body; a null body is one error at the root. */
    public List<FieldError> errorsOf(Object body) {
        if (body == null) {
            return List.of(new FieldError("", "REQUIRED", "a JSON body is required"));
        }
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<Object> violation : validator.validate(body)) {
            errors.add(new FieldError(pointer(violation.getPropertyPath()), codeOf(violation), violation.getMessage()));
        }
        datesOutOfRange(body, "", errors);
        return errors;
    }

    /** Every date, month and timestamp of a request body within 1900–2100 (records and lists of them, walked). */
    private static void datesOutOfRange(Object value, String at, List<FieldError> errors) {
        Integer year = value instanceof java.time.LocalDate d ? Integer.valueOf(d.getYear())
                : value instanceof java.time.YearMonth m ? Integer.valueOf(m.getYear())
                : value instanceof java.time.OffsetDateTime t ? Integer.valueOf(t.getYear()) : null;
        if (year != null) {
            if (!StrictValues.yearInRange(year) && errors.stream().noneMatch(e -> e.pointer().equals(at))) {
                errors.add(new FieldError(at, "OUT_OF_RANGE", "the year must be 1900 to 2100"));
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                datesOutOfRange(list.get(i), at + "/" + i, errors);
            }
        } else if (value instanceof Record record) {
            for (java.lang.reflect.RecordComponent component : record.getClass().getRecordComponents()) {
                java.lang.reflect.Method accessor = component.getAccessor();
                if (!accessor.trySetAccessible()) {
                    continue;
                }
                try {
                    datesOutOfRange(accessor.invoke(record), at + "/" + component.getName(), errors);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    static String pointer(Path path) {
        StringBuilder pointer = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                pointer.append('/').append(node.getIndex());
            }
            if (node.getName() != null && node.getKind() != jakarta.validation.ElementKind.CONTAINER_ELEMENT) {
                pointer.append('/').append(node.getName());
            }
        }
        return pointer.toString();
    }

    private static boolean isEmptyList(Object value) {
        return value instanceof java.util.Collection<?> list && list.isEmpty();
    }

    private static String codeOf(ConstraintViolation<?> violation) {
        String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return switch (constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> "REQUIRED";
            // [] where a list may not be empty is its own mistake: a client that sends empty lists for absent ones
            case "Size" -> isEmptyList(violation.getInvalidValue()) ? "EMPTY_LIST" : "INVALID_SIZE";
            case "Min", "Max", "PositiveOrZero", "Positive", "DecimalMin", "DecimalMax" -> "OUT_OF_RANGE";
            case "Past", "PastOrPresent" -> "DATE_NOT_IN_PAST";
            case "Email" -> "INVALID_EMAIL";
            default -> "INVALID_FORMAT";
        };
    }
}
