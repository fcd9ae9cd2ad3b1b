package id.go.bekasikab.bpu.contribution;

import static id.go.bekasikab.bpu.support.Fixtures.registration;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.bekasikab.bpu.participant.MembershipService;
import id.go.bekasikab.bpu.support.ApiTest;
import id.go.bekasikab.bpu.support.Rows;
import id.go.bekasikab.bpu.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The scheduled job that writes lapses into status histories (status itself never waits for it). */
@QuarkusTest
class LapseRecorderTest extends ApiTest {

    @Inject
    TestClock clock;

    @Inject
    MembershipService participants;

    @Inject
    Rows rows;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aLapseIsWrittenIntoTheHistoryOnceBySystem() {
        clock.setDay(LocalDate.of(2028, 1, 5));
        String id = api().body(registration()).post("/v1/participants").then().statusCode(201).extract().path("id");
        PaymentTest.payment(UUID.randomUUID().toString()).body(PaymentTest.pay(id, 1, 16_800))
                .post("/v1/contributions/payments").then().statusCode(201);

        clock.setDay(LocalDate.of(2028, 5, 16)); // January paid; February to May unpaid, May past its due date
        api().get("/v1/participants/" + id).then().body("status", equalTo("ENDED"))
                .body("statusHistory.to", contains("PENDING_FIRST_PAYMENT", "ACTIVE"));

        assertTrue(participants.recordLapses(10_000) >= 1);
        api().get("/v1/participants/" + id).then()
                .body("statusHistory.to", contains("PENDING_FIRST_PAYMENT", "ACTIVE", "ENDED"))
                .body("statusHistory[2].reason", equalTo("ARREARS_OVER_3_MONTHS"))
                .body("statusHistory[2].actor", equalTo("system"));

        participants.recordLapses(10_000);
        assertEquals(1, rows.count("select count(*) from participant_status_change where participant_id = '" + id
                + "' and to_status = 'ENDED'"));
    }
}
