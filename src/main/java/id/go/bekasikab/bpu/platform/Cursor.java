package id.go.bekasikab.bpu.platform;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** An opaque paging cursor: the id of the last item of the previous page. */
public final class Cursor {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    private Cursor() {
    }

    public static String after(UUID lastId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(lastId.toString().getBytes(StandardCharsets.US_ASCII));
    }

    /** The id a cursor points after, or null for the first page. */
    public static UUID decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            return UUID.fromString(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(400, "INVALID_CURSOR", "The cursor is not valid",
                    "use the nextCursor of a previous page", List.of(new FieldError("cursor", "INVALID_CURSOR",
                    "not a cursor this API issued")));
        }
    }

    /** A cursor over a numbered sequence (rows of an upload): the number of the last item returned. */
    public static String afterNumber(long last) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("n:" + last).getBytes(StandardCharsets.US_ASCII));
    }

    /** The number a cursor points after, or 0 for the first page. */
    public static long decodeNumber(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            if (text.startsWith("n:")) {
                return Long.parseLong(text.substring(2));
            }
        } catch (IllegalArgumentException e) {
            // falls through to the problem below
        }
        throw new ProblemException(400, "INVALID_CURSOR", "The cursor is not valid", "use the nextCursor of a previous page",
                List.of(new FieldError("cursor", "INVALID_CURSOR", "not a cursor this API issued")));
    }

    /** The page size asked for as a query string, checked. */
    public static int limit(String requested) {
        if (requested == null) {
            return DEFAULT_LIMIT;
        }
        try {
            return limit(Integer.valueOf(requested));
        } catch (NumberFormatException e) {
            throw ProblemException.validation(List.of(new FieldError("limit", "WRONG_TYPE", "must be a whole number")));
        }
    }

    public static int limit(Integer requested) {
        if (requested == null) {
            return DEFAULT_LIMIT;
        }
        if (requested < 1 || requested > MAX_LIMIT) {
            throw ProblemException.validation(List.of(new FieldError("limit", "OUT_OF_RANGE",
                    "must be between 1 and " + MAX_LIMIT)));
        }
        return requested;
    }
}
