package id.go.bekasikab.bpu.platform;

import static id.go.bekasikab.bpu.support.Fixtures.registration;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.go.bekasikab.bpu.support.ApiTest;
import id.go.bekasikab.bpu.support.Rows;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * A replica that holds an Idempotency-Key and stalls, or dies, mid-transaction (issue #11): the retry waits for it,
 * never pays alongside it, and goes ahead the moment that transaction is gone — no 2-minute takeover.
 */
@QuarkusTest
class IdempotencyFaultTest extends ApiTest {

    @Inject
    Rows rows;

    /** The scope the service gives a payment by the test staff token (subject and client of Tokens.staff()). */
    static String paymentScope() throws Exception {
        byte[] who = MessageDigest.getInstance("SHA-256")
                .digest("officer.cikarang|bpu-tests".getBytes(StandardCharsets.UTF_8));
        return "contribution-payment/" + HexFormat.of().formatHex(who, 0, 16);
    }

    /** Another replica's transaction that has claimed the key and stalls (it neither commits nor rolls back). */
    Connection stalledReplicaHolding(String key) throws Exception {
        // its own connection, outside the service's pool: the test kills it
        var config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
        Connection stalled = java.sql.DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getOptionalValue("quarkus.datasource.username", String.class).orElse("postgres"),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse("postgres"));
        stalled.setAutoCommit(false);
        try (PreparedStatement insert = stalled.prepareStatement("insert into idempotency_record (scope,"
                + " idempotency_key, request_hash, state, created_at) values (?, ?, 'other', 'IN_FLIGHT', now())")) {
            insert.setString(1, paymentScope());
            insert.setObject(2, UUID.fromString(key));
            insert.executeUpdate();
        }
        return stalled;
    }

    @Test
    void aRetryWaitsForAStalledHolderAndPaysOnceWhenItsTransactionDies() throws Exception {
        String id = api().body(registration()).post("/v1/participants").then().statusCode(201).extract().path("id");
        int due = api().get("/v1/participants/" + id + "/contributions").then().extract().path("summary.amountDueNow");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("participantId", id, "months", 1, "amount", due, "channel", "COUNTER");
        Connection stalled = stalledReplicaHolding(key);
        long pid;
        try (Statement s = stalled.createStatement(); var r = s.executeQuery("select pg_backend_pid()")) {
            r.next();
            pid = r.getLong(1);
        }
        CompletableFuture<Response> retry = CompletableFuture.supplyAsync(() -> api().header("Idempotency-Key", key)
                .body(body).post("/v1/contributions/payments"));
        // while the stalled transaction lives, the retry neither pays nor answers
        assertThrows(TimeoutException.class, () -> retry.get(1, TimeUnit.SECONDS));
        assertEquals(0, rows.count("select count(*) from payment where participant_id = '" + id + "'"));
        // the stalled replica's connection is killed: its transaction and its claim on the key end at once
        rows.count("select count(*) from (select pg_terminate_backend(" + pid + ")) killed");
        Response answer = retry.get(30, TimeUnit.SECONDS);
        assertEquals(201, answer.statusCode(), answer.asString());
        assertEquals(1, rows.count("select count(*) from payment where participant_id = '" + id + "'"));
        // and a later retry with the key replays the same receipt
        api().header("Idempotency-Key", key).body(body).post("/v1/contributions/payments").then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("receiptNumber", org.hamcrest.Matchers.equalTo(answer.path("receiptNumber")));
        assertEquals(1, rows.count("select count(*) from payment where participant_id = '" + id + "'"));
        try {
            stalled.close();
        } catch (Exception ignored) {
            // its backend is gone already
        }
    }
}
