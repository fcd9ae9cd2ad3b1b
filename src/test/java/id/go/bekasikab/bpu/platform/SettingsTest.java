package id.go.bekasikab.bpu.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.ConfigValidationException;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.validator.BeanValidationConfigValidatorImpl;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The service's settings are read once and validated (issue #12): out-of-range values and typos stop the start. */
class SettingsTest {

    private static Map<String, String> valid() {
        Map<String, String> values = new HashMap<>();
        values.put("bpu.zone", "Asia/Jakarta");
        values.put("bpu.http.max-body-bytes", "1048576");
        values.put("bpu.http.max-upload-bytes", "67108864");
        values.put("bpu.rate-limit.per-minute", "600");
        values.put("bpu.rate-limit.burst", "100");
        values.put("bpu.rate-limit.failures-per-minute", "60");
        values.put("bpu.rate-limit.failures-burst", "30");
        values.put("bpu.heavy-reads.concurrency", "4");
        values.put("bpu.heavy-reads.queue", "16");
        values.put("bpu.enrolment.lease", "PT10S");
        values.put("bpu.enrolment.poll-every", "5s");
        values.put("bpu.nik.hash-key", "a-key-for-this-test-only-0123456789");
        values.put("bpu.contributions.max-months-ahead", "12");
        values.put("bpu.jht.annual-return-basis-points", "500");
        return values;
    }

    private static Settings settings(Map<String, String> values) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(values, "test", 100))
                .withMapping(Settings.class)
                .withValidator(new BeanValidationConfigValidatorImpl())
                .build();
        return config.getConfigMapping(Settings.class);
    }

    @Test
    void theDefaultsAndTheProductionValuesRead() {
        Settings settings = settings(valid());
        assertEquals(Duration.ofSeconds(10), settings.enrolment().lease());
        assertEquals(500, settings.enrolment().chunkSize());
        assertTrue(settings.enrolment().autostart());
        assertEquals("15m", settings.lapses().recordEvery());
        assertTrue(settings.http().publicBaseUrl().isEmpty());
        assertTrue(settings.nik().previousHashKey().isEmpty());
    }

    @Test
    void aValueOutOfRangeIsRefusedWithItsPropertyNamed() {
        Map<String, String> wrong = Map.of("bpu.heavy-reads.concurrency", "0", "bpu.contributions.max-months-ahead", "24",
                "bpu.rate-limit.burst", "-1", "bpu.enrolment.chunk-size", "0", "bpu.jht.annual-return-basis-points",
                "20000", "bpu.http.max-body-bytes", "10");
        wrong.forEach((property, value) -> {
            Map<String, String> values = valid();
            values.put(property, value);
            ConfigValidationException refused = assertThrows(ConfigValidationException.class, () -> settings(values));
            // SmallRye names a nested group by its method (bpu.rateLimit.burst for bpu.rate-limit.burst)
            String message = refused.getProblem(0).getMessage();
            assertTrue(message.replace("-", "").toLowerCase().startsWith(property.replace("-", "").toLowerCase()
                    + " must be"), message);
        });
    }

    @Test
    void aMistypedSettingIsRefusedRatherThanIgnored() {
        Map<String, String> values = valid();
        values.put("bpu.heavy-reads.concurency", "8");
        ConfigValidationException refused = assertThrows(ConfigValidationException.class, () -> settings(values));
        assertTrue(refused.getProblem(0).getMessage().contains("bpu.heavy-reads.concurency"),
                refused.getProblem(0).getMessage());
    }
}
