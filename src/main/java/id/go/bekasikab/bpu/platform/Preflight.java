package id.go.bekasikab.bpu.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The production settings, checked before anything starts (no database, no port): each missing or unsafe one is a
 * line naming the environment variable an operator sets. A setting may also come as the -D system property the
 * variable stands for.
 */
final class Preflight {

    /** A production setting: its environment variable and the configuration property it fills. */
    private record Setting(String variable, String property, String meaning) {
    }

    private static final List<Setting> REQUIRED = List.of(
            new Setting("QUARKUS_DATASOURCE_JDBC_URL", "quarkus.datasource.jdbc.url",
                    "the production database, e.g. jdbc:postgresql://db:5432/bpu"),
            new Setting("QUARKUS_DATASOURCE_USERNAME", "quarkus.datasource.username", "the database user"),
            new Setting("QUARKUS_DATASOURCE_PASSWORD", "quarkus.datasource.password", "the database user's password"),
            new Setting("BPU_NIK_HASH_KEY", "bpu.nik.hash-key",
                    "the key of the NIK lookup hashes, at least 32 random characters (openssl rand -base64 32)"),
            new Setting("BPU_JWT_ISSUER", "mp.jwt.verify.issuer", "the iss of the tokens to accept"),
            new Setting("BPU_JWT_PUBLIC_KEY_LOCATION", "mp.jwt.verify.publickey.location",
                    "the issuer's public key: a PEM file or its JWKS URL"),
            new Setting("BPU_JWT_AUDIENCE", "mp.jwt.verify.audiences", "the aud the tokens must carry"));

    private static final int MIN_KEY_LENGTH = 32;
    private static final Set<String> KNOWN_KEYS = Set.of("dev-only-nik-hash-key-not-for-production",
            "test-only-nik-hash-key");

    private Preflight() {
    }

    /**
     * One line per problem; none when production may start. A jar built for the run command carries the embedded
     * database server, which starts whatever the URL says and keeps its data where dev mode does: production refuses
     * it.
     */
    static List<String> problems(Function<String, String> environment, Function<String, String> properties,
                                 boolean embeddedServerInJar) {
        List<String> problems = new ArrayList<>();
        if (embeddedServerInJar) {
            problems.add("this jar contains the run command's embedded database: build production with"
                    + " ./mvnw package -Dexternal-db");
        }
        for (Setting setting : REQUIRED) {
            if (value(setting, environment, properties) == null) {
                problems.add(setting.variable() + " is not set: " + setting.meaning());
            }
        }
        String key = value(REQUIRED.get(3), environment, properties);
        if (key != null && KNOWN_KEYS.contains(key)) {
            problems.add("BPU_NIK_HASH_KEY is a dev or test key, published with the source code: set a key of your own");
        } else if (key != null && key.length() < MIN_KEY_LENGTH) {
            problems.add("BPU_NIK_HASH_KEY is too short (" + key.length() + " characters): use at least "
                    + MIN_KEY_LENGTH + " random characters (openssl rand -base64 32)");
        }
        String url = value(REQUIRED.get(0), environment, properties);
        if (url != null && !url.startsWith("jdbc:postgresql://")) {
            problems.add("QUARKUS_DATASOURCE_JDBC_URL is not a PostgreSQL JDBC URL: jdbc:postgresql://host:5432/db");
        }
        return problems;
    }

    private static String value(Setting setting, Function<String, String> environment,
                                Function<String, String> properties) {
        for (String candidate : new String[] {environment.apply(setting.variable()), properties.apply(setting.property())}) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return null;
    }
}
