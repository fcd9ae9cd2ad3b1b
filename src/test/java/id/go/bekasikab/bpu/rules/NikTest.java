package id.go.bekasikab.bpu.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** NIK structure: UU 24/2013 (Adminduk) and Permendagri 72/2019 — PP KK CC DDMMYY SSSS, women's day + 40. */
class NikTest {

    @ParameterizedTest(name = "{0} is a well-formed NIK")
    @ValueSource(strings = {
            "3216201708900001", // man born 17-08-1990, Cikarang Pusat
            "3216205708900001", // woman born 17-08-1990 (17 + 40)
            "3275014101000001", // woman born 01-01-2000, Kota Bekasi
            "3216207112960001", // woman born 31-12-1996 (31 + 40 = 71)
            "1101012902000001", // 29 February is a valid day-month
    })
    void wellFormed(String nik) {
        assertTrue(Nik.isWellFormed(nik));
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {
            "321620170890000",   // 15 digits
            "32162017089000011", // 17 digits
            "32162017089O0001",  // a letter O
            "3216203208900001",  // day 32
            "3216204008900001",  // day 40
            "3216207208900001",  // day 72
            "3216200008900001",  // day 00
            "3216201700900001",  // month 00
            "3216201713900001",  // month 13
            "3216203102900001",  // 31 February
            "3216207102900001",  // 31 February, a woman
            "3216201708900000",  // serial 0000
            "",
    })
    void malformed(String nik) {
        assertFalse(Nik.isWellFormed(nik));
    }

    @ParameterizedTest(name = "{0} for {1} {2}: {3}")
    @CsvSource(nullValues = "none", value = {
            "3216201708900001, 1990-08-17, MALE,   none",
            "3216205708900001, 1990-08-17, FEMALE, none",
            "3216205708900001, 1990-08-17, MALE,   NIK_SEX_MISMATCH",
            "3216201708900001, 1990-08-17, FEMALE, NIK_SEX_MISMATCH",
            "3216201708900001, 1990-08-18, MALE,   NIK_BIRTH_DATE_MISMATCH",
            "3216201708900001, 1990-09-17, MALE,   NIK_BIRTH_DATE_MISMATCH",
            "3216201708900001, 1991-08-17, MALE,   NIK_BIRTH_DATE_MISMATCH",
            "3216201708900001, 1890-08-17, MALE,   none", // YY alone cannot tell centuries apart
    })
    void theDatePartMustMatchBirthDateAndSex(String nik, LocalDate birthDate, Sex sex, Rejection expected) {
        assertEquals(Optional.ofNullable(expected), new Nik(nik).mismatchWith(birthDate, sex));
    }

    @ParameterizedTest
    @CsvSource({"3216201708900001, 3216********0001", "3275014101000123, 3275********0123"})
    void maskingKeepsProvinceRegencyAndSerialOnly(String nik, String masked) {
        assertEquals(masked, new Nik(nik).masked());
        assertEquals(masked, new Nik(nik).toString());
    }
}
