package id.go.bekasikab.bpu.contribution;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import id.go.bekasikab.bpu.support.ApiTest;
import id.go.bekasikab.bpu.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class QuoteTest extends ApiTest {

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theMinimumPackageCostsRp16800WhenNoDiscountApplies() {
        api().queryParam("declaredIncome", 500_000).queryParam("month", "2027-06")
                .get("/v1/contribution-quotes").then().statusCode(200)
                .body("incomeBasis", equalTo(1_000_000))
                .body("lines.programme", contains("JKK", "JKM"))
                .body("lines.net", contains(10_000, 6_800))
                .body("total", equalTo(16_800)); // bpu-rules.md §2
    }

    @Test
    void aGeneralSectorSelfPayerPaysHalfJkkAndJkmInMay2026() {
        // PP 50/2025: general sector April–December 2026
        api().queryParam("declaredIncome", 1_000_000).queryParam("occupation", "PEDAGANG").queryParam("month", "2026-05")
                .get("/v1/contribution-quotes").then().statusCode(200)
                .body("sector", equalTo("GENERAL"))
                .body("funding", equalTo("SELF"))
                .body("lines.discount", contains(5_000, 3_400))
                .body("gross", equalTo(16_800))
                .body("discount", equalTo(8_400))
                .body("total", equalTo(8_400));
    }

    @Test
    void anApbdFundedWorkerGetsNoDiscount() {
        api().queryParam("declaredIncome", 1_000_000).queryParam("occupation", "BURUH_TANI")
                .queryParam("funding", "APBD").queryParam("month", "2026-05")
                .get("/v1/contribution-quotes").then().statusCode(200)
                .body("discount", equalTo(0))
                .body("total", equalTo(16_800));
    }

    @Test
    void jhtIsNeverDiscountedAndTheMonthDefaultsToTheCurrentOne() {
        clock.setDay(LocalDate.of(2027, 2, 10)); // transport discount until March 2027
        api().queryParam("declaredIncome", 3_000_000).queryParam("occupation", "OJOL")
                .queryParam("programmes", "JKK,JKM,JHT")
                .get("/v1/contribution-quotes").then().statusCode(200)
                .body("month", equalTo("2027-02"))
                .body("sector", equalTo("TRANSPORT"))
                .body("lines.programme", contains("JKK", "JKM", "JHT"))
                .body("lines.gross", contains(30_000, 6_800, 60_000))
                .body("lines.discount", contains(15_000, 3_400, 0))
                .body("total", equalTo(78_400));
    }

    @Test
    void badParametersAreNamedInTheProblem() {
        hostile().queryParam("declaredIncome", "lots").queryParam("programmes", "JKK,JP")
                .queryParam("funding", "CSR").queryParam("month", "2026-13")
                .get("/v1/contribution-quotes").then().statusCode(400)
                .body("errors.pointer", contains("declaredIncome", "funding", "month", "programmes"))
                .body("errors.code", hasItem("PROGRAMME_NOT_FOR_BPU"));
        hostile().get("/v1/contribution-quotes").then().statusCode(400)
                .body("errors[0].code", equalTo("REQUIRED"));
        hostile().queryParam("declaredIncome", -1).get("/v1/contribution-quotes").then().statusCode(400)
                .body("errors[0].code", equalTo("OUT_OF_RANGE"));
    }
}
