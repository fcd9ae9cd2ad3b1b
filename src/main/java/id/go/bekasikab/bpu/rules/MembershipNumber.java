package id.go.bekasikab.bpu.rules;

/**
 * An 11-digit membership number: 10 digits and a Damm check digit. Damm (unlike Luhn) detects every single-digit
 * error and every transposition of adjacent digits.
 */
public record MembershipNumber(String value) {

    private static final int[][] DAMM = {
            {0, 3, 1, 7, 5, 9, 8, 6, 4, 2},
            {7, 0, 9, 2, 1, 5, 4, 8, 6, 3},
            {4, 2, 0, 6, 8, 7, 1, 3, 5, 9},
            {1, 7, 5, 0, 9, 8, 3, 4, 2, 6},
            {6, 1, 2, 3, 0, 4, 5, 9, 7, 8},
            {3, 6, 7, 4, 2, 0, 9, 5, 8, 1},
            {5, 8, 6, 9, 7, 2, 0, 1, 3, 4},
            {8, 9, 4, 5, 3, 6, 2, 0, 1, 7},
            {9, 4, 3, 8, 6, 1, 7, 2, 0, 5},
            {2, 5, 8, 1, 4, 3, 6, 7, 9, 0}};

    public MembershipNumber {
        if (!isValid(value)) {
            throw new IllegalArgumentException(Rejection.INVALID_MEMBERSHIP_NUMBER.message());
        }
    }

    /** The number for a 10-digit serial (1,000,000,000–9,999,999,999). */
    public static MembershipNumber fromSerial(long serial) {
        if (serial < 1_000_000_000L || serial > 9_999_999_999L) {
            throw new IllegalArgumentException("serial must have 10 digits: " + serial);
        }
        String digits = Long.toString(serial);
        return new MembershipNumber(digits + checkDigit(digits));
    }

    public static boolean isValid(String raw) {
        return raw != null && raw.length() == 11 && raw.chars().allMatch(c -> c >= '0' && c <= '9')
                && checkDigit(raw) == 0;
    }

    /** The Damm interim digit: appended to a number it makes the whole number check to 0. */
    static int checkDigit(String digits) {
        int interim = 0;
        for (int i = 0; i < digits.length(); i++) {
            interim = DAMM[interim][digits.charAt(i) - '0'];
        }
        return interim;
    }
}
