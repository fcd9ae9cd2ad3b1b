package id.go.bekasikab.bpu.payer;

import static id.go.bekasikab.bpu.support.Fixtures.registration;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import id.go.bekasikab.bpu.support.ApiTest;
import id.go.bekasikab.bpu.support.TestClock;
import id.go.bekasikab.bpu.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Attacks a payer's system tried on another payer's workers (issue #10): buying its way into reading them, learning
 * who pays for them, and reading another payer's history with a worker they share over time.
 */
@QuarkusTest
class PayerScopingTest extends ApiTest {

    @Inject
    TestClock clock;

    @Inject
    EnrolmentWorker worker;

    String payerA;
    String payerB;
    String tokenA;
    String workerB;
    String nikB;

    @BeforeEach
    void aWorkerSponsoredByPayerB() {
        clock.setDay(LocalDate.of(2027, 6, 3));
        payerA = PayerTest.payer("VILLAGE", "APBDES", "Pemerintah Desa Karangsari");
        payerB = PayerTest.payer("DONOR", "PRIVATE", "CSR PT Rahasia Sekali");
        Map<String, Object> b = registration();
        nikB = (String) b.get("nik");
        workerB = api().body(b).post("/v1/participants").then().statusCode(201).extract().path("id");
        PayerTest.sponsor(payerB, workerB, "2027-06", null).then().statusCode(201);
        tokenA = Tokens.of("sistem.desa.karangsari", UUID.fromString(payerA), "integration");
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void sponsoringAProgrammeTheWorkerDoesNotHoldIsRefusedAndOpensNothing() {
        as(tokenA).body(Map.of("participantId", workerB, "from", "2027-06", "programmes", List.of("JHT")))
                .post("/v1/payers/" + payerA + "/sponsorships").then().statusCode(422)
                .body("code", equalTo("PROGRAMME_NOT_HELD"));
        as(tokenA).get("/v1/participants/" + workerB).then().statusCode(404);
    }

    @Test
    void aDoubleSponsorshipRefusalDoesNotNameTheOtherPayer() {
        String detail = as(tokenA).body(Map.of("participantId", workerB, "from", "2027-06"))
                .post("/v1/payers/" + payerA + "/sponsorships").then().statusCode(409)
                .body("code", equalTo("DOUBLE_SPONSORSHIP"))
                .body("detail", not(containsString("Rahasia")))
                .body("detail", not(containsString(payerB))).extract().path("detail");
        org.junit.jupiter.api.Assertions.assertTrue(detail.contains("another payer"), detail);
        as(tokenA).get("/v1/participants/" + workerB).then().statusCode(404);
    }

    @Test
    void anEnrolmentRowForAnotherPayersWorkerDoesNotDiscloseTheParticipant() {
        String csv = EnrolmentService.CSV_HEADER + "\n" + nikB
                + ",Ahmad Fauzi,1990-08-17,MALE,081234567890,,Kp. Pulo,32.16.20.2001,OJOL,1000000\n";
        String job = as(tokenA).contentType("text/csv").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(csv).post("/v1/payers/" + payerA + "/enrolments").then().statusCode(202).extract().path("id");
        worker.drain();
        as(tokenA).get("/v1/jobs/" + job + "/rows").then().statusCode(200)
                .body("items.code", contains("DOUBLE_SPONSORSHIP"))
                .body("items[0].participantId", nullValue());
    }

    @Test
    void aPayerSeesOnlyItsOwnHistoryWithAWorkerTheyShareOverTime() {
        // June is payer B's and paid by B; from July the worker is payer A's
        PayerTest.bulkPay(payerB, Map.of("months", List.of("2027-06"), "amount", 16_800, "transferReference", "CSR-06"))
                .then().statusCode(201);
        String sponsorshipB = api().get("/v1/participants/" + workerB + "/sponsorships").then().statusCode(200)
                .extract().path("[0].id");
        api().queryParam("from", "2027-07").delete("/v1/payers/" + payerB + "/sponsorships/" + sponsorshipB).then()
                .statusCode(200);
        as(tokenA).body(Map.of("participantId", workerB, "from", "2027-07"))
                .post("/v1/payers/" + payerA + "/sponsorships").then().statusCode(201);
        String receiptB = api().queryParam("from", "2027-06").queryParam("to", "2027-06")
                .get("/v1/participants/" + workerB + "/contributions").then().extract().path("months[0].receiptNumber");

        as(tokenA).get("/v1/participants/" + workerB).then().statusCode(200);
        as(tokenA).get("/v1/participants/" + workerB + "/sponsorships").then().statusCode(200)
                .body("payerId", contains(payerA));
        as(tokenA).queryParam("from", "2027-06").queryParam("to", "2027-07")
                .get("/v1/participants/" + workerB + "/contributions").then().statusCode(200)
                .body("months[0].status", equalTo("PAID"))
                .body("months[0].payer", nullValue())
                .body("months[0].receiptNumber", nullValue())
                .body("months[1].payer.id", equalTo(payerA));
        as(tokenA).get("/v1/receipts/" + receiptB).then().statusCode(404);
        api().get("/v1/receipts/" + receiptB).then().statusCode(200);
    }
}
