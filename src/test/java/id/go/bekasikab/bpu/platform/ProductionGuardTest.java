package id.go.bekasikab.bpu.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Production refuses the committed dev key, wherever it is configured from. */
class ProductionGuardTest {

    @ParameterizedTest(name = "{0}: dev key {1}")
    @CsvSource({
            "dev/publicKey.pem, true",
            "classpath:dev/publicKey.pem, true",
            "https://sso.bekasikab.go.id/realms/bpu/protocol/openid-connect/certs, false",
            "/etc/bpu/jwt/publicKey.pem, false",
    })
    void theDevKeyIsRecognisedByItsLocation(String location, boolean dev) {
        assertEquals(dev, new ProductionGuard(location).usesDevKey());
    }

    @Test
    void aCopyOfTheDevKeyIsRecognisedByItsContent(@TempDir Path dir) throws IOException {
        Path copy = dir.resolve("issuer.pem");
        try (InputStream dev = getClass().getClassLoader().getResourceAsStream("dev/publicKey.pem")) {
            Files.write(copy, dev.readAllBytes());
        }
        assertEquals(true, new ProductionGuard(copy.toString()).usesDevKey());
    }
}
