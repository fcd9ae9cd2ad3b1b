package id.go.bekasikab.bpu.platform;

import static org.hamcrest.Matchers.equalTo;

import id.go.bekasikab.bpu.support.ApiTest;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HardeningTest extends ApiTest {

    @Test
    void apiResponsesAreNotCachedSniffedFramedOrReferred() {
        api().queryParam("declaredIncome", 1_000_000).get("/v1/contribution-quotes").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
                .header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }

    @Test
    void corsIsOffSoBrowsersOnOtherOriginsGetNoGrant() {
        request().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET")
                .options("/v1/contribution-quotes").then()
                .header("Access-Control-Allow-Origin", (String) null);
        api().header("Origin", "https://evil.example").queryParam("declaredIncome", 1).get("/v1/contribution-quotes")
                .then().header("Access-Control-Allow-Origin", (String) null).statusCode(equalTo(200));
    }
}
