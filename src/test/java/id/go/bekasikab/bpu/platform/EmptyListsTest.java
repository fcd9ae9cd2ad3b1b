package id.go.bekasikab.bpu.platform;

import static id.go.bekasikab.bpu.support.Fixtures.heir;
import static id.go.bekasikab.bpu.support.Fixtures.registration;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;

import id.go.bekasikab.bpu.payer.PayerTestSupport;
import id.go.bekasikab.bpu.support.ApiTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An absent list and an empty one mean different things (issue #20): absent leaves what is there, [] where a list may
 * not be empty is refused with EMPTY_LIST, and [] where it may (heirs) says "none" — what generated clients send by
 * default is never taken for a change.
 */
@QuarkusTest
class EmptyListsTest extends ApiTest {

    private Response registeredWithAnHeir() {
        Map<String, Object> body = registration();
        body.put("heirs", List.of(heir("Dewi Lestari", "SPOUSE", "1992-02-02")));
        return api().body(body).post("/v1/participants").then().statusCode(201).extract().response();
    }

    @Test
    void aPatchWithoutHeirsLeavesThemAndAnEmptyListRemovesThemOnPurpose() {
        Response registered = registeredWithAnHeir();
        String id = registered.path("id");
        api().header("If-Match", registered.header("ETag")).contentType("application/merge-patch+json")
                .body(Map.of("phone", "085712345678")).patch("/v1/participants/" + id).then().statusCode(200)
                .body("heirs.fullName", contains("Dewi Lestari"));
        api().header("If-Match", "\"1\"").contentType("application/merge-patch+json")
                .body(Map.of("heirs", List.of())).patch("/v1/participants/" + id).then().statusCode(200)
                .body("heirs", empty());
    }

    @Test
    void anEmptyProgrammeListIsRefusedNotAppliedToAParticipant() {
        Response registered = registeredWithAnHeir();
        api().header("If-Match", registered.header("ETag")).contentType("application/merge-patch+json")
                .body(Map.of("programmes", List.of())).patch("/v1/participants/" + registered.path("id")).then()
                .statusCode(400).body("errors.code", contains("EMPTY_LIST")).body("errors.pointer", contains("/programmes"));
    }

    @Test
    void paymentByMonthsWithAnEmptyPeriodsListIsEmptyListOnly() {
        String id = registeredWithAnHeir().path("id");
        Map<String, Object> body = new HashMap<>(Map.of("participantId", id, "months", 1, "amount", 16_800,
                "channel", "COUNTER", "periods", List.of()));
        hostile().contentType("application/json").header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .body(body).post("/v1/contributions/payments").then().statusCode(400)
                .body("errors", hasSize(1)).body("errors.code", contains("EMPTY_LIST"))
                .body("errors.pointer", contains("/periods"));
    }

    @Test
    void aSponsorshipWithAnEmptyProgrammeListIsRefused() {
        String payer = PayerTestSupport.payer("VILLAGE", "APBDES", "Pemerintah Desa Sukadami");
        String id = registeredWithAnHeir().path("id");
        hostile().contentType("application/json").body(Map.of("participantId", id, "from", "2027-01", "programmes", List.of()))
                .post("/v1/payers/" + payer + "/sponsorships").then().statusCode(400)
                .body("errors.code", contains("EMPTY_LIST"));
    }
}
