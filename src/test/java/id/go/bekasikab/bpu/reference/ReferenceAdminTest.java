package id.go.bekasikab.bpu.reference;

import static id.go.bekasikab.bpu.support.Fixtures.registration;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import id.go.bekasikab.bpu.support.ApiTest;
import id.go.bekasikab.bpu.support.Tokens;
import id.go.bekasikab.bpu.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An administrator keeps holidays and rates current without a release; the service uses them at once. */
@QuarkusTest
class ReferenceAdminTest extends ApiTest {

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aHolidayLoadedFromANewSkbMovesADueDate() {
        clock.setDay(LocalDate.of(2029, 4, 2));
        String id = api().body(registration()).post("/v1/participants").then().statusCode(201).extract().path("id");
        api().queryParam("from", "2029-04").queryParam("to", "2029-04").get("/v1/participants/" + id + "/contributions")
                .then().body("months[0].dueDate", equalTo("2029-04-16")); // 15 April 2029 is a Sunday

        api().body(Map.of("name", "Cuti bersama (test)", "kind", "CUTI_BERSAMA", "source", "SKB 3 Menteri (test)"))
                .put("/v1/reference/holidays/2029-04-16").then().statusCode(200);
        api().queryParam("from", "2029-04").queryParam("to", "2029-04").get("/v1/participants/" + id + "/contributions")
                .then().body("months[0].dueDate", equalTo("2029-04-17"));
        api().queryParam("year", 2029).get("/v1/reference/holidays").then().statusCode(200)
                .body("day", hasItem("2029-04-16"));

        hostile().delete("/v1/reference/holidays/2029-04-16").then().statusCode(204);
        api().queryParam("from", "2029-04").queryParam("to", "2029-04").get("/v1/participants/" + id + "/contributions")
                .then().body("months[0].dueDate", equalTo("2029-04-16"));
        hostile().delete("/v1/reference/holidays/2029-04-16").then().statusCode(404);
    }

    @Test
    void aNewRateVersionPricesFutureMonthsOnly() {
        clock.setDay(LocalDate.of(2029, 6, 10));
        api().body(Map.of("programme", "JKM", "validFrom", "2029-07-01", "basisPoints", 0, "flatAmount", 7_000,
                "source", "a test decree")).post("/v1/reference/rates").then().statusCode(201);
        api().queryParam("declaredIncome", 1_000_000).queryParam("month", "2029-06").get("/v1/contribution-quotes")
                .then().body("total", equalTo(16_800));
        api().queryParam("declaredIncome", 1_000_000).queryParam("month", "2029-07").get("/v1/contribution-quotes")
                .then().body("total", equalTo(17_000));
        api().body(Map.of("programme", "JKM", "validFrom", "2029-07-01", "basisPoints", 0, "flatAmount", 7_100,
                "source", "again")).post("/v1/reference/rates").then().statusCode(409)
                .body("code", equalTo("RATE_VERSION_EXISTS"));
        api().body(Map.of("programme", "JKK", "validFrom", "2029-06-01", "basisPoints", 150, "flatAmount", 0,
                "source", "backdated")).post("/v1/reference/rates").then().statusCode(400)
                .body("errors[0].pointer", equalTo("/validFrom"));
        as(Tokens.of("officer.x", null, "officer")).body(Map.of("programme", "JKK", "validFrom", "2029-09-01",
                "basisPoints", 150, "flatAmount", 0, "source", "x")).post("/v1/reference/rates").then().statusCode(403);
    }
}
