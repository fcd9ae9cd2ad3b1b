package id.go.bekasikab.bpu.event;

import static id.go.bekasikab.bpu.support.Fixtures.registration;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import com.sun.net.httpserver.HttpServer;
import id.go.bekasikab.bpu.payer.PayerTestSupport;
import id.go.bekasikab.bpu.support.ApiTest;
import id.go.bekasikab.bpu.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Signed webhooks (issue #13): verified with the Standard Webhooks library by a receiver the test runs. */
@QuarkusTest
class WebhookTest extends ApiTest {

    @Inject
    WebhookDispatcher dispatcher;

    private HttpServer receiver;
    private final List<Map<String, String>> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresToGive = new AtomicInteger();
    private volatile String secret;

    /** What the receiver saw: the event id, its type and participant, and whether its signature verified. */
    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String verified;
            try {
                new Webhook(secret).verify(body, exchange.getRequestHeaders());
                verified = "yes";
            } catch (WebhookVerificationException e) {
                verified = "no";
            }
            received.add(Map.of("id", exchange.getRequestHeaders().getFirst("webhook-id"), "verified", verified,
                    "body", body));
            int status = failuresToGive.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 500 : 204;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @Inject
    id.go.bekasikab.bpu.support.Rows rows;

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
        // this test's receivers are gone: later rounds need not keep trying them
        rows.execute("delete from webhook_subscription");
    }

    private static com.fasterxml.jackson.databind.JsonNode json(String body) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String hook() {
        return "http://localhost:" + receiver.getAddress().getPort() + "/hook";
    }

    private String subscribe(String token, List<String> types) {
        var created = as(token).body(Map.of("url", hook(), "types", types)).post("/v1/webhook-subscriptions")
                .then().statusCode(201).body("secret", startsWith("whsec_")).extract();
        secret = created.path("secret");
        return created.path("id");
    }

    private String paidParticipant() {
        String id = api().body(registration()).post("/v1/participants").then().statusCode(201).extract().path("id");
        int due = api().get("/v1/participants/" + id + "/contributions").then().extract().path("summary.amountDueNow");
        idempotent().body(Map.of("participantId", id, "months", 1, "amount", due, "channel", "COUNTER"))
                .post("/v1/contributions/payments").then().statusCode(201);
        return id;
    }

    @Test
    void aPaymentIsPostedSignedAndRetriedAfterA500UntilItIsTaken() {
        String subscription = subscribe(Tokens.staff(), List.of("contribution.paid"));
        failuresToGive.set(1);
        String participant = paidParticipant();

        dispatcher.drain(); // the first attempt answers 500
        dispatcher.drain(); // the retry (no backoff in tests) is taken
        List<Map<String, String>> mine = received.stream().filter(r -> r.get("body").contains(participant)).toList();
        assertEquals(2, mine.size(), received.toString());
        assertEquals(mine.get(0).get("id"), mine.get(1).get("id"), "a retry carries the same webhook-id");
        assertTrue(mine.stream().allMatch(r -> r.get("verified").equals("yes")), "every signature verifies");
        assertEquals("contribution.paid", json(mine.get(0).get("body")).get("type").asText());
        assertEquals(participant, json(mine.get(0).get("body")).at("/data/participantId").asText());

        api().get("/v1/webhook-subscriptions/" + subscription + "/deliveries").then().statusCode(200)
                .body("items[0].state", equalTo("DELIVERED")).body("items[0].attempts", equalTo(2))
                .body("items[0].lastStatus", equalTo(204));
        api().get("/v1/webhook-subscriptions/" + subscription).then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("secret", nullValue());
    }

    @Test
    void aReplayDeliversTheSameEventIdsAgain() {
        String subscription = subscribe(Tokens.staff(), List.of("contribution.paid"));
        paidParticipant();
        dispatcher.drain();
        String first = received.get(received.size() - 1).get("id");
        api().queryParam("limit", 1).get("/v1/events").then().statusCode(200); // every event so far has its position
        long position = rows.count("select position from event where id = '" + first + "'");
        api().body(Map.of("fromPosition", position, "toPosition", position))
                .post("/v1/webhook-subscriptions/" + subscription + "/replay").then().statusCode(202)
                .body("queued", equalTo(1));
        dispatcher.drain();
        assertEquals(first, received.get(received.size() - 1).get("id"));
    }

    @Test
    void aPayersSubscriptionNeverReceivesAnotherPayersEvents() {
        String month = YearMonth.now(ZoneId.of("Asia/Jakarta")).toString();
        String payerA = PayerTestSupport.payer("VILLAGE", "APBDES", "Pemerintah Desa Karangasih");
        String payerB = PayerTestSupport.payer("VILLAGE", "APBDES", "Pemerintah Desa Karangraharja");
        subscribe(Tokens.of("simdes.karangasih", UUID.fromString(payerA), "integration"), List.of());
        String workerA = api().body(registration()).post("/v1/participants").then().statusCode(201).extract().path("id");
        String workerB = api().body(registration()).post("/v1/participants").then().statusCode(201).extract().path("id");
        PayerTestSupport.sponsor(payerA, workerA, month);
        PayerTestSupport.sponsor(payerB, workerB, month);
        dispatcher.drain();
        assertTrue(received.stream().anyMatch(r -> r.get("body").contains(workerA)), received.toString());
        assertTrue(received.stream().noneMatch(r -> r.get("body").contains(workerB) || r.get("body").contains(payerB)),
                received.toString());
    }

    @Test
    void aTargetInAPrivateNetworkOrWithoutHttpsIsRefusedOutsideTests() {
        WebhookTargets production = new WebhookTargets(false, false);
        assertEquals("must be https", production.refusal("http://hooks.bekasikab.go.id/bpu").orElseThrow());
        assertEquals("points into a private network", production.refusal("https://127.0.0.1/hook").orElseThrow());
        assertEquals("points into a private network", production.refusal("https://10.1.2.3/hook").orElseThrow());
        assertEquals("points into a private network", production.refusal("https://169.254.169.254/latest").orElseThrow());
        assertEquals("points into a private network", production.refusal("https://[fd00::1]/hook").orElseThrow());
        as(Tokens.staff()).body(Map.of("url", "ftp://example.org/hook")).post("/v1/webhook-subscriptions").then()
                .statusCode(400).body("errors[0].code", equalTo("URL_NOT_ALLOWED"));
    }
}
