package id.go.bekasikab.bpu.support;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

/** Bearer tokens signed with the committed dev key, as the dev issuer would issue them. */
public final class Tokens {

    public static final String ISSUER = "https://bpu.bekasikab.go.id/dev";
    public static final String AUDIENCE = "bpu-service";
    private static final PrivateKey KEY = load();

    private Tokens() {
    }

    public static String of(String subject, UUID payerId, String... roles) {
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).groups(Set.of(roles))
                .expiresIn(3_600)
                .claim("azp", "bpu-tests");
        if (payerId != null) {
            claims.claim("payer_id", payerId.toString());
        }
        return claims.jws().algorithm(SignatureAlgorithm.RS256).sign(KEY);
    }

    /** A payment channel's host: the {@code channel} role and the channel it acts for. */
    public static String channel(String subject, String channelId) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).groups(Set.of("channel")).expiresIn(3_600)
                .claim("azp", "bpu-tests").claim("channel_id", channelId).jws().algorithm(SignatureAlgorithm.RS256)
                .sign(KEY);
    }

    /** The dev private key, for tests that forge expired or foreign tokens. */
    public static PrivateKey devKey() {
        return KEY;
    }

    /** Branch staff who may do everything the existing behaviour tests do. */
    public static String staff() {
        return of("officer.cikarang", null, "officer", "admin");
    }

    private static PrivateKey load() {
        try (InputStream in = Tokens.class.getClassLoader().getResourceAsStream("dev/privateKey.pem")) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the dev private key", e);
        }
    }
}
