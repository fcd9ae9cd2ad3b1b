package id.go.bekasikab.bpu.platform;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

/**
 * Values as the contract writes them, checked as they are read: text without control characters (tab, line feed
 * and carriage return aside), and dates, months and timestamps only as ISO-8601 strings — never numbers, arrays or
 * year 0. A refusal is a field error at the value's JSON pointer. {@link RequestValidation} then holds every date
 * of a request to the years 1900–2100, alongside the other field errors.
 */
public final class StrictValues {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2100;
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
    private static final Pattern MONTH = Pattern.compile("[0-9]{4}-(0[1-9]|1[0-2])");

    private StrictValues() {
    }

    /** Whether text holds a control character other than tab, line feed or carriage return. */
    public static boolean hasControlCharacter(String text) {
        return text != null && CONTROL.matcher(text).find();
    }

    public static boolean yearInRange(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /** Text with a control character. */
    public static final class ControlCharacter extends InvalidFormatException {
        ControlCharacter(JsonParser p, String value) {
            super(p, "control characters are not allowed", value, String.class);
        }
    }

    /** A date outside 1900–2100. */
    public static final class YearOutOfRange extends InvalidFormatException {
        YearOutOfRange(JsonParser p, String value, Class<?> type) {
            super(p, "the year must be 1900 to 2100", value, type);
        }
    }

    static SimpleModule module() {
        return new SimpleModule("strict-values")
                .addDeserializer(String.class, new JsonDeserializer<>() {
                    @Override
                    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                        String value = StringDeserializer.instance.deserialize(p, ctxt);
                        if (hasControlCharacter(value)) {
                            throw new ControlCharacter(p, value);
                        }
                        return value;
                    }
                })
                .addDeserializer(LocalDate.class, dated(LocalDate.class, LocalDate::parse, LocalDate::getYear))
                .addDeserializer(YearMonth.class, dated(YearMonth.class, text -> {
                    if (!MONTH.matcher(text).matches()) {
                        throw new DateTimeParseException("not YYYY-MM", text, 0);
                    }
                    return YearMonth.parse(text);
                }, YearMonth::getYear))
                .addDeserializer(OffsetDateTime.class, dated(OffsetDateTime.class, OffsetDateTime::parse,
                        OffsetDateTime::getYear));
    }

    private static <T> JsonDeserializer<T> dated(Class<T> type, Function<String, T> parse, ToIntFunction<T> year) {
        return new JsonDeserializer<>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    return type.cast(ctxt.handleUnexpectedToken(type, p));
                }
                String text = p.getText();
                T value;
                try {
                    value = parse.apply(text);
                } catch (DateTimeParseException e) {
                    throw new InvalidFormatException(p, "not an ISO-8601 value", text, type);
                }
                // years no calendar of ours reaches stop here; 1900–2100 is checked with the other fields
                int y = year.applyAsInt(value);
                if (y < 1 || y > 9999) {
                    throw new YearOutOfRange(p, text, type);
                }
                return value;
            }
        };
    }
}
