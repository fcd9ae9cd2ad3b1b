package id.go.bekasikab.bpu.participant;

/** Strong ETags from the row version: {@code "7"}. */
final class ETags {

    private ETags() {
    }

    static String of(long version) {
        return "\"" + version + "\"";
    }

    /** Whether If-Match names the current version; {@code *} does not: a change must say which version it saw. */
    static boolean matches(String ifMatch, long version) {
        String expected = of(version);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals(expected)) {
                return true;
            }
        }
        return false;
    }
}
