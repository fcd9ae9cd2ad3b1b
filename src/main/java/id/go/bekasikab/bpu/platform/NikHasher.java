package id.go.bekasikab.bpu.platform;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A keyed hash (HMAC-SHA256) of a NIK. Lookups and uniqueness use it, so a NIK need not be compared in plain text
 * and a database error message can never echo one.
 */
@Singleton
public class NikHasher {

    private static final String FINGERPRINT_LABEL = "bpu-service NIK hash key fingerprint";

    private final SecretKeySpec key;

    @Inject
    NikHasher(Settings settings) {
        this(settings.nik().hashKey());
    }

    private NikHasher(String key) {
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** A hasher under another key: the one a rotation moves away from or to. */
    public static NikHasher withKey(String key) {
        return new NikHasher(key);
    }

    public String hash(String nik) {
        return hmac(nik);
    }

    /** Names the key without revealing it: the database keeps this to know which key made its hashes. */
    public String fingerprint() {
        return hmac(FINGERPRINT_LABEL);
    }

    private String hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
