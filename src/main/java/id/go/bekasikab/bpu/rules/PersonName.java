package id.go.bekasikab.bpu.rules;

import java.util.regex.Pattern;

/** A person's name, trimmed and with runs of white space folded to one space. */
public record PersonName(String value) {

    public static final int MAX_LENGTH = 150;
    // Words of letters (any script) joined by separators, an optional final dot: "Siti Nur'aini", "R.A. Kartini",
    // "Muhammad S.". Every repetition needs a letter, so the pattern cannot backtrack exponentially.
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{M}]+(?:[ '.,\\-]+[\\p{L}\\p{M}]+)*\\.?");

    public PersonName {
        if (value == null || value.length() > MAX_LENGTH || !ALLOWED.matcher(value).matches()) {
            throw new IllegalArgumentException(Rejection.INVALID_NAME.message());
        }
    }

    public static String normalise(String raw) {
        return raw == null ? null : raw.strip().replaceAll("\\s+", " ");
    }

    public static boolean isValid(String raw) {
        String normalised = normalise(raw);
        return normalised != null && !normalised.isEmpty() && normalised.length() <= MAX_LENGTH
                && ALLOWED.matcher(normalised).matches();
    }

    public static PersonName of(String raw) {
        return new PersonName(normalise(raw));
    }
}
