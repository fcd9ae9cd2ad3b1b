package id.go.bekasikab.bpu.platform;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import id.go.bekasikab.bpu.support.ApiTest;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** One rule for the edges of HTTP (issue #19): empty query values, empty emails, OPTIONS. */
@QuarkusTest
class HttpSemanticsTest extends ApiTest {

    @ParameterizedTest(name = "{0}?{1}= is a 400, not a silent default")
    @CsvSource({"/v1/stats/coverage, month", "/v1/participants, regionCode", "/v1/participants, status",
            "/v1/contribution-quotes, month", "/v1/claims, programme"})
    void anEmptyQueryValueIsAFieldError(String path, String name) {
        hostile().urlEncodingEnabled(false).queryParam("declaredIncome", 1000000).queryParam(name, "")
                .get(path).then().statusCode(400).body("errors[0].pointer", equalTo(name));
    }

    @Test
    void anEmptyContactEmailIsRefused() {
        hostile().contentType("application/json").body(Map.of("type", "WADAH", "fundingSource", "PRIVATE",
                        "name", "Paguyuban Surel", "regionCode", "32.16", "contact", Map.of("email", "")))
                .post("/v1/payers").then().statusCode(400).body("errors[0].pointer", equalTo("/contact/email"));
    }

    @Test
    void nullForAnOptionalFieldMeansLeftOutAsTheContractDeclares() {
        // one rule for the whole API: the contract declares every optional request field nullable, and null = absent
        String payer = api().body(Map.of("type", "WADAH", "fundingSource", "PRIVATE", "name", "Paguyuban Nol",
                "regionCode", "32.16")).post("/v1/payers").then().statusCode(201).extract().path("id");
        java.util.Map<String, Object> body = new java.util.HashMap<>(Map.of("months", java.util.List.of("2027-01"),
                "amount", 16_800, "transferReference", "NULL-1", "dryRun", true));
        body.put("allowPartial", null);
        idempotent().body(body).post("/v1/payers/" + payer + "/payments").then().statusCode(200)
                .body("dryRun", equalTo(true));
        java.util.Map<String, Object> search = new java.util.HashMap<>();
        search.put("nik", null);
        search.put("membershipNumber", "10000000003");
        api().body(search).post("/v1/participants/search").then().statusCode(200);
    }

    @Test
    void a405NamesTheMethodsThePathHas() {
        hostile().delete("/v1/participants").then().statusCode(405).header("Allow", equalTo("GET, POST"));
        hostile().put("/v1/payers/" + java.util.UUID.randomUUID()).then().statusCode(405).header("Allow", equalTo("GET"));
    }

    @Test
    void optionsIsNotAnsweredForBrowsersThatAreNotClients() {
        io.restassured.RestAssured.given().options("/v1/payers").then().statusCode(not(equalTo(200)));
    }
}
