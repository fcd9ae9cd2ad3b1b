package id.go.bekasikab.bpu.platform;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A keyed hash (HMAC-SHA256) of a NIK. Lookups and uniqueness use it, so a NIK need not be compared in plain text
 * and a database error message can never echo one.
 */
@Singleton
public class NikHasher {

    private final SecretKeySpec key;

    NikHasher(@ConfigProperty(name = "bpu.nik.hash-key") String key) {
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String hash(String nik) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(nik.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
