package id.go.bekasikab.bpu.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Membership numbers carry a Damm check digit (H. M. Damm, 2004), as issue #2 requires instead of Luhn. */
class MembershipNumberTest {

    @ParameterizedTest
    @CsvSource({"572, 4", "1000000000, 3", "5724, 0"}) // 572 -> 5724 is the published Damm example
    void checkDigitsFollowTheDammTable(String digits, int check) {
        assertEquals(check, MembershipNumber.checkDigit(digits));
    }

    @Test
    void everySingleDigitTypoAndEveryAdjacentSwapIsCaught() {
        Random random = new Random(42);
        for (int n = 0; n < 2_000; n++) {
            String number = MembershipNumber.fromSerial(1_000_000_000L + random.nextInt(2_000_000_000)).value();
            assertTrue(MembershipNumber.isValid(number));
            char[] digits = number.toCharArray();
            for (int i = 0; i < digits.length; i++) {
                for (char d = '0'; d <= '9'; d++) {
                    if (d != digits[i]) {
                        char[] typo = digits.clone();
                        typo[i] = d;
                        assertFalse(MembershipNumber.isValid(new String(typo)), number + " typo at " + i);
                    }
                }
                if (i + 1 < digits.length && digits[i] != digits[i + 1]) {
                    char[] swap = digits.clone();
                    swap[i] = digits[i + 1];
                    swap[i + 1] = digits[i];
                    assertFalse(MembershipNumber.isValid(new String(swap)), number + " swap at " + i);
                }
            }
        }
    }

    @Test
    void aLuhnStyleTwinErrorIsCaughtToo() {
        // Luhn misses 09 <-> 90; Damm does not
        String number = MembershipNumber.fromSerial(1_234_509_876L).value();
        assertFalse(MembershipNumber.isValid(number.replace("09", "90")));
    }

    @Test
    void serialsMustHaveTenDigits() {
        assertThrows(IllegalArgumentException.class, () -> MembershipNumber.fromSerial(999_999_999L));
        assertThrows(IllegalArgumentException.class, () -> MembershipNumber.fromSerial(10_000_000_000L));
        assertThrows(IllegalArgumentException.class, () -> new MembershipNumber("1000000000"));
    }
}
