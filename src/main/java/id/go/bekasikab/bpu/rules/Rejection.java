package id.go.bekasikab.bpu.rules;

/** Why a rule refused a value. The name is the stable code the API reports. */
public enum Rejection {
    INVALID_NIK("must be 16 digits: province, regency, district, a valid birth date (women: day + 40) and a serial from 0001"),
    NIK_BIRTH_DATE_MISMATCH("the date part of the NIK does not match birthDate"),
    NIK_SEX_MISMATCH("the NIK's day (plus 40 for women) does not match sex"),
    PROGRAMME_NOT_FOR_BPU("JP and JKP are not offered to BPU participants"),
    JKK_AND_JKM_REQUIRED("JKK and JKM are mandatory together"),
    DUPLICATE_PROGRAMME("each programme may be listed once"),
    INVALID_MEMBERSHIP_NUMBER("must be 11 digits whose last digit is the Damm check digit"),
    INVALID_NAME("must contain letters and only spaces, apostrophes, dots, commas or hyphens between them");

    private final String message;

    Rejection(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }
}
