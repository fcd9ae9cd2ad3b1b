package id.go.bekasikab.bpu.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Production stops before it starts when a setting is missing or unsafe, naming the variable (issue #12). */
class PreflightTest {

    private static Map<String, String> complete() {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://db:5432/bpu");
        env.put("QUARKUS_DATASOURCE_USERNAME", "bpu");
        env.put("QUARKUS_DATASOURCE_PASSWORD", "secret");
        env.put("BPU_NIK_HASH_KEY", "8p2Qm4Vx7Lk9Zr3Tn6Bw1Hs5Jd0Fg2Cy");
        env.put("BPU_JWT_ISSUER", "https://sso.bekasikab.go.id/realms/bpu");
        env.put("BPU_JWT_PUBLIC_KEY_LOCATION", "https://sso.bekasikab.go.id/realms/bpu/protocol/openid-connect/certs");
        env.put("BPU_JWT_AUDIENCE", "bpu-service");
        return env;
    }

    private static List<String> problems(Map<String, String> env, Map<String, String> properties) {
        return Preflight.problems(env::get, properties::get, false);
    }

    @Test
    void aCompleteProductionEnvironmentStarts() {
        assertEquals(List.of(), problems(complete(), Map.of()));
    }

    @Test
    void anEmptyEnvironmentIsOneLinePerVariable() {
        List<String> problems = problems(Map.of(), Map.of());
        assertEquals(List.of("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD",
                "BPU_NIK_HASH_KEY", "BPU_JWT_ISSUER", "BPU_JWT_PUBLIC_KEY_LOCATION", "BPU_JWT_AUDIENCE"),
                problems.stream().map(p -> p.substring(0, p.indexOf(' '))).toList());
        assertTrue(problems.stream().allMatch(p -> p.contains(" is not set: ")), problems.toString());
    }

    @Test
    void aSettingMayComeAsTheSystemPropertyItStandsFor() {
        Map<String, String> env = complete();
        env.remove("BPU_NIK_HASH_KEY");
        assertEquals(List.of(), problems(env, Map.of("bpu.nik.hash-key", "Zr3Tn6Bw1Hs5Jd0Fg2Cy8p2Qm4Vx7Lk9")));
    }

    @Test
    void aBlankValueIsAMissingOne() {
        Map<String, String> env = complete();
        env.put("BPU_JWT_AUDIENCE", "  ");
        assertEquals(List.of("BPU_JWT_AUDIENCE is not set: the aud the tokens must carry"), problems(env, Map.of()));
    }

    @Test
    void aShortOrPublishedNikKeyIsRefused() {
        Map<String, String> env = complete();
        env.put("BPU_NIK_HASH_KEY", "bench-only-key");
        assertEquals(List.of("BPU_NIK_HASH_KEY is too short (14 characters): use at least 32 random characters"
                + " (openssl rand -base64 32)"), problems(env, Map.of()));
        env.put("BPU_NIK_HASH_KEY", "dev-only-nik-hash-key-not-for-production");
        assertTrue(problems(env, Map.of()).get(0).startsWith("BPU_NIK_HASH_KEY is a dev or test key"));
    }

    @Test
    void aJarBuiltForTheRunCommandIsNotProduction() {
        assertEquals(List.of("this jar contains the run command's embedded database: build production with"
                + " ./mvnw package -Dexternal-db"), Preflight.problems(complete()::get, name -> null, true));
    }

    @Test
    void aDatabaseThatIsNotPostgresqlIsRefused() {
        Map<String, String> env = complete();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:h2:mem:bpu");
        assertEquals(List.of("QUARKUS_DATASOURCE_JDBC_URL is not a PostgreSQL JDBC URL: jdbc:postgresql://host:5432/db"),
                problems(env, Map.of()));
    }
}
