package id.go.bekasikab.bpu.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import id.go.bekasikab.bpu.support.ApiTest;
import id.go.bekasikab.bpu.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Runs under a tiny budget, in a profile of its own (Quarkus runs it after the default-profile tests). */
@QuarkusTest
@TestProfile(RateLimitTest.TinyBudget.class)
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.MethodName.class) // the flood last
class RateLimitTest extends ApiTest {

    public static class TinyBudget implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("bpu.rate-limit.per-minute", "60", "bpu.rate-limit.burst", "3",
                    "bpu.rate-limit.failures-per-minute", "6", "bpu.rate-limit.failures-burst", "5");
        }
    }

    @Test
    void aClientOverItsBudgetGets429WithRetryAfterAndOthersAreUnaffected() {
        String token = Tokens.of("busy.client", null, "mobile");
        for (int i = 0; i < 3; i++) {
            as(token).queryParam("declaredIncome", 1).get("/v1/contribution-quotes").then().statusCode(200);
        }
        as(token).queryParam("declaredIncome", 1).get("/v1/contribution-quotes").then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("code", equalTo("RATE_LIMITED"));
        as(Tokens.of("quiet.client", null, "mobile")).queryParam("declaredIncome", 1)
                .get("/v1/contribution-quotes").then().statusCode(200);
        given().port(KubernetesManifestTest.MANAGEMENT_TEST_PORT).get("/q/health/live").then().statusCode(200);
    }

    @Test
    void aFloodOfNewGarbageTokensFromOneAddressIsCutOff() {
        int refused = 0;
        for (int i = 0; i < 40; i++) {
            int status = given().header("Authorization", "Bearer garbage." + i + ".x")
                    .get("/v1/participants/01900000-0000-7000-8000-000000000000").statusCode();
            refused += status == 429 ? 1 : 0;
        }
        // five failures are allowed, then the address waits: never 40 verifications
        org.junit.jupiter.api.Assertions.assertTrue(refused >= 30, "refused " + refused);
    }
}
