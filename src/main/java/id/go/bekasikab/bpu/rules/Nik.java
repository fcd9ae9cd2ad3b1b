package id.go.bekasikab.bpu.rules;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Nomor Induk Kependudukan: {@code PP KK CC DDMMYY SSSS}. The region part says where the NIK was first issued,
 * never where the person lives, so nothing here exposes it for domicile decisions.
 */
public record Nik(String value) {

    public Nik {
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException(Rejection.INVALID_NIK.message());
        }
    }

    /** 16 digits, day 01–31 or 41–71 (women), month 01–12, a date that exists in some century, serial not 0000. */
    public static boolean isWellFormed(String raw) {
        if (raw == null || raw.length() != 16 || !raw.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int day = Integer.parseInt(raw.substring(6, 8));
        int month = Integer.parseInt(raw.substring(8, 10));
        int serial = Integer.parseInt(raw.substring(12, 16));
        if (day > 40) {
            day -= 40;
        }
        if (day < 1 || day > 31 || month < 1 || month > 12 || serial == 0) {
            return false;
        }
        // 2000 is a leap year, so 29 February is accepted here and checked against the real birth date later
        try {
            LocalDate.of(2000, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** The first mismatch between the NIK's date part and the declared birth date and sex, if any. */
    public Optional<Rejection> mismatchWith(LocalDate birthDate, Sex sex) {
        int day = Integer.parseInt(value.substring(6, 8));
        int month = Integer.parseInt(value.substring(8, 10));
        int yy = Integer.parseInt(value.substring(10, 12));
        boolean female = day > 40;
        int realDay = female ? day - 40 : day;
        if (realDay != birthDate.getDayOfMonth() || month != birthDate.getMonthValue() || yy != birthDate.getYear() % 100) {
            return Optional.of(Rejection.NIK_BIRTH_DATE_MISMATCH);
        }
        if (female != (sex == Sex.FEMALE)) {
            return Optional.of(Rejection.NIK_SEX_MISMATCH);
        }
        return Optional.empty();
    }

    /** Whether the date part could belong to this birth date for either sex (heirs do not declare a sex). */
    public boolean fitsBirthDate(LocalDate birthDate) {
        return mismatchWith(birthDate, Sex.MALE).isEmpty() || mismatchWith(birthDate, Sex.FEMALE).isEmpty();
    }

    @Override
    public String toString() {
        return masked();
    }

    /** Province and serial only, e.g. {@code 3216********0001}: safe for a screen, never for a log. */
    public String masked() {
        return value.substring(0, 4) + "********" + value.substring(12);
    }
}
