package id.go.bekasikab.bpu.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonNameTest {

    @ParameterizedTest(name = "''{0}'' becomes ''{1}''")
    @CsvSource(delimiter = '|', value = {
            "  Siti   Aminah |Siti Aminah",
            "Budi|Budi",
            "R.A.  Kartini|R.A. Kartini",
            "Siti Nur'aini|Siti Nur'aini",
            "Muhammad S.|Muhammad S.",
            "Abd. Rahman, S.Pd.|Abd. Rahman, S.Pd.",
            "Ni Luh\tPutu|Ni Luh Putu",
    })
    void namesAreTrimmedAndWhiteSpaceFolded(String raw, String normalised) {
        assertTrue(PersonName.isValid(raw));
        assertEquals(normalised, PersonName.of(raw).value());
    }

    @ParameterizedTest(name = "''{0}'' is not a name")
    @ValueSource(strings = {"", "   ", "Robert'); DROP TABLE participant;--", "<script>alert(1)</script>", "12345",
            "Budi\u0000", "-", "Budi123"})
    void somethingThatIsNotANameIsRefused(String raw) {
        assertFalse(PersonName.isValid(raw));
    }

    @Test
    void aLongNameIsRefused() {
        assertFalse(PersonName.isValid("A".repeat(151)));
        assertTrue(PersonName.isValid("A".repeat(150)));
    }
}
