package id.go.bekasikab.bpu.claim;

import static id.go.bekasikab.bpu.claim.ClaimTest.JKK_DOCUMENTS;
import static id.go.bekasikab.bpu.claim.ClaimTest.JKM_DOCUMENTS;
import static id.go.bekasikab.bpu.claim.ClaimTest.jkkClaim;
import static id.go.bekasikab.bpu.claim.ClaimTest.jkmClaim;
import static id.go.bekasikab.bpu.claim.ClaimTest.move;
import static id.go.bekasikab.bpu.claim.ClaimTest.submit;
import static id.go.bekasikab.bpu.support.Fixtures.heir;
import static id.go.bekasikab.bpu.support.Fixtures.registration;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.isOneOf;
import static org.hamcrest.Matchers.nullValue;

import id.go.bekasikab.bpu.support.ApiTest;
import id.go.bekasikab.bpu.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A death or total disability closes the membership (bpu-rules.md §5, PP 44/2015 art. 37): every reader — the
 * participant, coverage, the statement, payments — answers the same from the moment the claim is approved.
 */
@QuarkusTest
class ClosureTest extends ApiTest {

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** Registered 3 June 2027 with a spouse, paid June to August that day. */
    String paidThroughAugust() {
        clock.setDay(LocalDate.of(2027, 6, 3));
        Map<String, Object> body = registration();
        body.put("heirs", List.of(heir("Dewi Lestari", "SPOUSE", "1992-02-03")));
        String id = api().body(body).post("/v1/participants").then().statusCode(201).extract().path("id");
        idempotent().body(Map.of("participantId", id, "months", 3, "amount", 3 * 16_800, "channel", "COUNTER"))
                .post("/v1/contributions/payments").then().statusCode(201);
        return id;
    }

    void approve(String claim) {
        move(claim, "UNDER_VERIFICATION", null).statusCode(200);
        move(claim, "APPROVED", null).statusCode(200);
    }

    void readsClosed(String participant, String eventDay, String dayAfter) {
        api().get("/v1/participants/" + participant).then().statusCode(200).body("status", equalTo("ENDED"));
        api().queryParam("date", eventDay).get("/v1/participants/" + participant + "/coverage").then()
                .statusCode(200).body("protected", equalTo(true)).body("status", equalTo("ENDED"));
        for (String day : List.of(dayAfter, "2027-08-20")) {
            api().queryParam("date", day).get("/v1/participants/" + participant + "/coverage").then()
                    .statusCode(200)
                    .body("protected", equalTo(false))
                    .body("programmes", empty())
                    .body("reason", equalTo("MEMBERSHIP_CLOSED"));
        }
        api().queryParam("from", "2027-06").queryParam("to", "2027-12")
                .get("/v1/participants/" + participant + "/contributions").then().statusCode(200)
                .body("months.status", everyItem(isOneOf("PAID", "NOT_BILLABLE")))
                .body("months[6].status", equalTo("NOT_BILLABLE"))
                .body("summary.status", equalTo("ENDED"))
                .body("summary.amountDueNow", equalTo(0))
                .body("summary.arrearsMonths", equalTo(0))
                .body("summary.lapsesOn", nullValue());
        idempotent().body(Map.of("participantId", participant, "periods", List.of("2027-09"), "amount", 16_800,
                        "channel", "COUNTER"))
                .post("/v1/contributions/payments").then().statusCode(422).body("code", equalTo("MEMBERSHIP_CLOSED"));
    }

    @Test
    void afterAnApprovedDeathNoReaderSeesCoverOrABillAfterTheDeathDay() {
        String participant = paidThroughAugust();
        clock.setDay(LocalDate.of(2027, 7, 12));
        String claim = submit(jkmClaim(participant, "2027-07-10", "SPOUSE", JKM_DOCUMENTS)).statusCode(201)
                .extract().path("id");
        approve(claim);
        api().get("/v1/claims/" + claim).then().body("refunds.month", contains("2027-08"));
        readsClosed(participant, "2027-07-10", "2027-07-11");
    }

    @Test
    void aDeathApprovedOnItsOwnDayEndsTheMembershipThatDay() {
        String participant = paidThroughAugust();
        clock.setDay(LocalDate.of(2027, 7, 10));
        String claim = submit(jkmClaim(participant, "2027-07-10", "SPOUSE", JKM_DOCUMENTS)).statusCode(201)
                .extract().path("id");
        approve(claim);
        readsClosed(participant, "2027-07-10", "2027-07-11");
        api().get("/v1/participants/" + participant + "/coverage").then()
                .body("date", equalTo("2027-07-10")).body("protected", is(true));
    }

    @Test
    void anApprovedTotalDisabilityClosesTheMembershipLikeADeath() {
        String participant = paidThroughAugust();
        clock.setDay(LocalDate.of(2027, 7, 12));
        Map<String, Object> jkk = Map.of("accidentKind", "AT_WORK", "outcome", "TOTAL_PERMANENT_DISABILITY",
                "reportedAt", "2027-07-10T15:00:00+07:00");
        List<String> documents = new java.util.ArrayList<>(JKK_DOCUMENTS);
        documents.add("NPWP"); // Rp68,000,000 is above the Rp50,000,000 threshold
        String claim = submit(jkkClaim(participant, "2027-07-10", jkk, documents)).statusCode(201)
                .body("eligible", equalTo(true)).extract().path("id");
        approve(claim);
        api().get("/v1/claims/" + claim).then().body("refunds.month", contains("2027-08"));
        readsClosed(participant, "2027-07-10", "2027-07-11");
    }
}
