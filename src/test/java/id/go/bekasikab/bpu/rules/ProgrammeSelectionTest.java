package id.go.bekasikab.bpu.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** BPU programmes: JKK and JKM together, JHT optional, never JP or JKP (PP 44/2015; Permenaker 5/2021). */
class ProgrammeSelectionTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(nullValues = "none", value = {
            "JKK JKM,         none",
            "JKM JKK JHT,     none",
            "JKK,             JKK_AND_JKM_REQUIRED",
            "JKM JHT,         JKK_AND_JKM_REQUIRED",
            "JKK JKM JP,      PROGRAMME_NOT_FOR_BPU",
            "JKK JKM JKP,     PROGRAMME_NOT_FOR_BPU",
            "JKK JKM JKM,     DUPLICATE_PROGRAMME",
    })
    void jkkAndJkmTogetherJhtOptional(String programmes, Rejection expected) {
        List<Programme> requested = Arrays.stream(programmes.split(" ")).map(Programme::valueOf).toList();
        assertEquals(Optional.ofNullable(expected), ProgrammeSelection.check(requested));
    }

    @ParameterizedTest(name = "{0} works in the {1} sector")
    @CsvSource({
            // PP 50/2025: ojol, ojek pangkalan, drivers and couriers are the transport sector
            "OJEK, TRANSPORT", "OJOL, TRANSPORT", "SOPIR, TRANSPORT", "KURIR, TRANSPORT",
            "BURUH_TANI, GENERAL", "NELAYAN, GENERAL", "PEDAGANG, GENERAL", "MARBOT, GENERAL", "LAINNYA, GENERAL",
    })
    void occupationDecidesTheSector(Occupation occupation, Sector sector) {
        assertEquals(sector, occupation.sector());
    }
}
