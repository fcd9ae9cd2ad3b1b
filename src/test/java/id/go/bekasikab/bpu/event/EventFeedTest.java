package id.go.bekasikab.bpu.event;

import static id.go.bekasikab.bpu.support.Fixtures.registration;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.bekasikab.bpu.payer.PayerTestSupport;
import id.go.bekasikab.bpu.support.ApiTest;
import id.go.bekasikab.bpu.support.Rows;
import id.go.bekasikab.bpu.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The outbox and its pull feed (issue #13). */
@QuarkusTest
class EventFeedTest extends ApiTest {

    @Inject
    Rows rows;

    private String registered() {
        return api().body(registration()).post("/v1/participants").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> payment(String participantId, String reference) {
        Map<String, Object> body = new HashMap<>(Map.of("participantId", participantId, "months", 1,
                "amount", due(participantId), "channel", "BANK"));
        body.put("externalReference", reference);
        return body;
    }

    private static int due(String participantId) {
        return api().get("/v1/participants/" + participantId + "/contributions").then().extract()
                .path("summary.amountDueNow");
    }

    private long events(String type, String participantId) {
        return rows.count("select count(*) from event where type = '" + type + "' and participant_id = '"
                + participantId + "'");
    }

    @Test
    void aPaymentRetriedWithTheSameKeyIsToldOnce() {
        String id = registered();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = payment(id, "TRF-" + UUID.randomUUID());
        api().header("Idempotency-Key", key).body(body).post("/v1/contributions/payments").then().statusCode(201);
        api().header("Idempotency-Key", key).body(body).post("/v1/contributions/payments").then().statusCode(201)
                .header("Idempotent-Replayed", "true");
        assertEquals(1, events("contribution.paid", id));
        assertEquals(1, events("participant.registered", id));
    }

    @Test
    void aPaymentThatRollsBackTellsNothing() {
        String first = registered();
        String second = registered();
        String reference = "TRF-" + UUID.randomUUID();
        idempotent().body(payment(first, reference)).post("/v1/contributions/payments").then().statusCode(201);
        // the reused transfer reference is refused by the database, after the payment was written and told
        idempotent().body(payment(second, reference)).post("/v1/contributions/payments").then().statusCode(409);
        assertEquals(1, events("contribution.paid", first));
        assertEquals(0, events("contribution.paid", second));
    }

    @Test
    void aPayersSystemSeesItsOwnPayersEventsAndNoOneElses() {
        String month = YearMonth.now(ZoneId.of("Asia/Jakarta")).toString();
        String payerA = PayerTestSupport.payer("VILLAGE", "APBDES", "Pemerintah Desa Sukadami");
        String payerB = PayerTestSupport.payer("VILLAGE", "APBDES", "Pemerintah Desa Sukaresmi");
        String workerA = registered();
        String workerB = registered();
        PayerTestSupport.sponsor(payerA, workerA, month);
        PayerTestSupport.sponsor(payerB, workerB, month);

        String tokenA = Tokens.of("simdes.sukadami", UUID.fromString(payerA), "integration");
        List<Map<String, Object>> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = as(tokenA).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("after", cursor);
            }
            Response page = request.get("/v1/events").then().statusCode(200).extract().response();
            seen.addAll(page.path("items"));
            cursor = page.path("nextCursor");
        } while (cursor != null);

        assertTrue(seen.stream().anyMatch(e -> e.get("type").equals("sponsorship.started")
                && workerA.equals(e.get("participantId"))), seen.toString());
        assertTrue(seen.stream().noneMatch(e -> workerB.equals(e.get("participantId"))
                || seen.toString().contains(payerB)), "nothing of payer B or its worker: " + seen);
        List<Long> positions = seen.stream().map(e -> ((Number) e.get("position")).longValue()).toList();
        assertEquals(positions.stream().sorted().distinct().toList(), positions, "in order, each once");
    }

    @Test
    void staffReadTheFeedByTypeFromACursor() {
        String id = registered();
        idempotent().body(payment(id, "TRF-" + UUID.randomUUID())).post("/v1/contributions/payments").then()
                .statusCode(201);
        api().queryParam("limit", 1).get("/v1/events").then().statusCode(200); // a read gives positions to all so far
        long before = rows.count("select coalesce(max(position), 0) from event");
        String another = registered();
        idempotent().body(payment(another, "TRF-" + UUID.randomUUID())).post("/v1/contributions/payments").then()
                .statusCode(201);
        String cursor = api().queryParam("after", cursorFor(before))
                .queryParam("types", "contribution.paid").get("/v1/events").then().statusCode(200)
                .body("items.type", everyItem(equalTo("contribution.paid")))
                .body("items.participantId", hasItem(another))
                .body("items.participantId", not(hasItem(id)))
                .body("items[0].data.receiptNumber", org.hamcrest.Matchers.startsWith("BPU"))
                .extract().path("nextCursor");
        assertEquals(null, cursor);
        api().queryParam("types", "contribution.paid,payment.teleported").get("/v1/events").then().statusCode(400)
                .body("errors[0].code", equalTo("UNKNOWN_ENUM_VALUE"));
    }

    /** The cursor a client holds after reading up to this position. */
    private static String cursorFor(long position) {
        return id.go.bekasikab.bpu.platform.Cursor.afterNumber(position);
    }
}
