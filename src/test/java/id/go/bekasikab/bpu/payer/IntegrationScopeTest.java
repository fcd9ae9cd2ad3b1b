package id.go.bekasikab.bpu.payer;

import static id.go.bekasikab.bpu.support.Fixtures.registration;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import id.go.bekasikab.bpu.support.ApiTest;
import id.go.bekasikab.bpu.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A payer's system sees its own payer and the workers it sponsors; for anything else it is told "not found". */
@QuarkusTest
class IntegrationScopeTest extends ApiTest {

    String payerA;
    String payerB;
    String workerA;
    String workerB;
    String nikB;
    String tokenA;

    @jakarta.inject.Inject
    EnrolmentWorker worker;

    @BeforeEach
    void twoPayersWithAWorkerEach() {
        payerA = PayerTest.payer("VILLAGE", "APBDES", "Pemerintah Desa Sukadami");
        payerB = PayerTest.payer("VILLAGE", "APBDES", "Pemerintah Desa Jayamukti");
        workerA = api().body(registration()).post("/v1/participants").then().statusCode(201).extract().path("id");
        Map<String, Object> b = registration();
        nikB = (String) b.get("nik");
        workerB = api().body(b).post("/v1/participants").then().statusCode(201).extract().path("id");
        String month = YearMonth.now().toString();
        PayerTest.sponsor(payerA, workerA, month, null).then().statusCode(201);
        PayerTest.sponsor(payerB, workerB, month, null).then().statusCode(201);
        tokenA = Tokens.of("sistem.desa.sukadami", UUID.fromString(payerA), "integration");
    }

    @Test
    void aWorkerSponsoredOnlyByAnotherPayerIsNotFoundNotForbidden() {
        as(tokenA).get("/v1/participants/" + workerA).then().statusCode(200)
                .body("nik", matchesPattern("[0-9]{4}[*]{8}[0-9]{4}")); // a payer's system sees NIKs masked
        as(tokenA).get("/v1/participants/" + workerB).then().statusCode(404).body("code", equalTo("PARTICIPANT_NOT_FOUND"));
        as(tokenA).get("/v1/participants/" + workerB + "/contributions").then().statusCode(404);
        as(tokenA).get("/v1/participants/" + workerB + "/coverage").then().statusCode(404);
        as(tokenA).get("/v1/participants/" + workerB + "/sponsorships").then().statusCode(404);
        as(tokenA).body(Map.of("nik", nikB)).post("/v1/participants/search").then().statusCode(200)
                .body("items", empty());
        as(tokenA).queryParam("limit", 200).get("/v1/participants").then().statusCode(200)
                .body("items.id", hasItem(workerA))
                .body("items.id", not(hasItem(workerB)));
    }

    @Test
    void anotherPayersInvoicesPaymentsAndStatisticsAreNotFound() {
        String month = YearMonth.now().toString();
        as(tokenA).get("/v1/payers/" + payerA).then().statusCode(200);
        as(tokenA).get("/v1/payers/" + payerB).then().statusCode(404).body("code", equalTo("PAYER_NOT_FOUND"));
        as(tokenA).get("/v1/payers/" + payerB + "/invoices/" + month).then().statusCode(404);
        as(tokenA).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("months", List.of(month), "amount", 16_800, "transferReference", "DESA-X"))
                .post("/v1/payers/" + payerB + "/payments").then().statusCode(404);
        as(tokenA).queryParam("payerId", payerB).get("/v1/stats/coverage").then().statusCode(404);
        as(tokenA).get("/v1/stats/coverage").then().statusCode(200).body("payerId", equalTo(payerA));
    }

    @Test
    void anotherPayersJobIsNotFound() {
        String jobB = request().contentType("text/csv").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(EnrolmentService.CSV_HEADER + "\n")
                .post("/v1/payers/" + payerB + "/enrolments").then().statusCode(422).extract().path("code");
        String job = request().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body("[{\"nik\":\"1\"}]").post("/v1/payers/" + payerB + "/enrolments").then().statusCode(202)
                .extract().path("id");
        worker.drain();
        as(tokenA).get("/v1/jobs/" + job).then().statusCode(404).body("code", equalTo("JOB_NOT_FOUND"));
        as(tokenA).get("/v1/jobs/" + job + "/rows").then().statusCode(404);
        as(Tokens.of("sistem.desa.jayamukti", UUID.fromString(payerB), "integration")).get("/v1/jobs/" + job)
                .then().statusCode(200);
        org.junit.jupiter.api.Assertions.assertEquals("EMPTY_UPLOAD", jobB);
    }
}
