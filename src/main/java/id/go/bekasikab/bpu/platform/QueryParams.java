package id.go.bekasikab.bpu.platform;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Query parameters read as text and checked here, so a bad one is a named 400 and never a silent 404 or default. */
public final class QueryParams {

    private QueryParams() {
    }

    /** The enum constant, the fallback when absent, or the fallback with a field error when not a constant. */
    public static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value, E fallback,
                                                  List<FieldError> errors) {
        if (value == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(name, "UNKNOWN_ENUM_VALUE", "is not a known " + name));
            return fallback;
        }
    }

    /** A month written YYYY-MM, the fallback when absent, or the fallback with a field error when malformed. */
    public static YearMonth month(String name, String value, YearMonth fallback, List<FieldError> errors) {
        if (value == null) {
            return fallback;
        }
        if (value.matches("[0-9]{4}-(0[1-9]|1[0-2])")) {
            YearMonth month = YearMonth.parse(value);
            if (StrictValues.yearInRange(month.getYear())) {
                return month;
            }
            errors.add(new FieldError(name, "OUT_OF_RANGE", "the year must be 1900 to 2100"));
            return fallback;
        }
        errors.add(new FieldError(name, "INVALID_FORMAT", "must be a month, YYYY-MM"));
        return fallback;
    }

    /** A day written YYYY-MM-DD, the fallback when absent, or the fallback with a field error when malformed. */
    public static LocalDate day(String name, String value, LocalDate fallback, List<FieldError> errors) {
        if (value == null) {
            return fallback;
        }
        try {
            LocalDate day = LocalDate.parse(value);
            if (StrictValues.yearInRange(day.getYear())) {
                return day;
            }
            errors.add(new FieldError(name, "OUT_OF_RANGE", "the year must be 1900 to 2100"));
            return fallback;
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "INVALID_FORMAT", "must be a date, YYYY-MM-DD"));
            return fallback;
        }
    }

    /** A day or a 400 problem naming the parameter. */
    public static LocalDate day(String name, String value) {
        List<FieldError> errors = new java.util.ArrayList<>();
        LocalDate day = day(name, value, null, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        return day;
    }

    /** A month or a 400 problem naming the parameter. */
    public static YearMonth month(String name, String value) {
        List<FieldError> errors = new java.util.ArrayList<>();
        YearMonth month = month(name, value, null, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        return month;
    }
}
