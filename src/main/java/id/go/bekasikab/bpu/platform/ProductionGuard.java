package id.go.bekasikab.bpu.platform;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Refuses to start production with the committed dev key: anyone can sign tokens with its private half. */
@Singleton
class ProductionGuard {

    static final String DEV_PUBLIC_KEY = "dev/publicKey.pem";

    private final String keyLocation;

    ProductionGuard(@ConfigProperty(name = "mp.jwt.verify.publickey.location") String keyLocation) {
        this.keyLocation = keyLocation;
    }

    void check(@Observes StartupEvent start) {
        if (ConfigUtils.getProfiles().contains("prod") && usesDevKey()) {
            throw new IllegalStateException("production is configured with the dev JWT key (" + keyLocation
                    + "): set BPU_JWT_PUBLIC_KEY_LOCATION to the issuer's key or JWKS URL");
        }
    }

    boolean usesDevKey() {
        if (keyLocation.replace("classpath:", "").endsWith(DEV_PUBLIC_KEY)) {
            return true;
        }
        try (InputStream dev = getClass().getClassLoader().getResourceAsStream(DEV_PUBLIC_KEY)) {
            Path configured = Path.of(keyLocation.replace("file:", ""));
            return dev != null && Files.isRegularFile(configured)
                    && new String(dev.readAllBytes(), StandardCharsets.US_ASCII).strip()
                    .equals(Files.readString(configured, StandardCharsets.US_ASCII).strip());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
