package id.go.bekasikab.bpu.platform;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Values of native-query rows, whichever Java type the driver and Hibernate chose for them. */
public final class SqlValues {

    private SqlValues() {
    }

    public static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof LocalDateTime l) {
            return l.toInstant(ZoneOffset.UTC);
        }
        throw new IllegalArgumentException("not a timestamp: " + value.getClass());
    }

    public static LocalDate localDate(Object value) {
        if (value == null || value instanceof LocalDate) {
            return (LocalDate) value;
        }
        if (value instanceof Date d) {
            return d.toLocalDate();
        }
        throw new IllegalArgumentException("not a date: " + value.getClass());
    }

    /** Ids as a PostgreSQL array literal, bound as text and cast in the query: {@code = any(cast(?1 as uuid[]))}. */
    public static String uuidArray(java.util.Collection<java.util.UUID> ids) {
        StringBuilder text = new StringBuilder(ids.size() * 37 + 2).append('{');
        for (java.util.UUID id : ids) {
            if (text.length() > 1) {
                text.append(',');
            }
            text.append(id);
        }
        return text.append('}').toString();
    }

    /** Texts as a PostgreSQL text[] literal, each element quoted and escaped: {@code cast(?1 as text[])}. */
    public static String textArray(java.util.Collection<String> values) {
        StringBuilder literal = new StringBuilder("{");
        for (String value : values) {
            literal.append(literal.length() > 1 ? "," : "").append('"')
                    .append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return literal.append('}').toString();
    }
}
