package id.go.bekasikab.bpu.channel;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.bekasikab.bpu.support.Rows;
import id.go.bekasikab.bpu.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue #14 under faults: channels inquire, pay and reverse while the service's database connections are killed
 * again and again. Retrying with the same transaction id, each payment happens once and each reversal once.
 */
@QuarkusTest
class ChannelFaultTest extends ChannelTestSupport {

    private static final int PARTICIPANTS = 12;
    private static final int CLIENTS = 4;
    private static final int REQUESTS_PER_KILL = 6;

    @Inject
    TestClock clock;

    @Inject
    Rows rows;

    private final Semaphore progress = new Semaphore(0);

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** Sends until the answer is one of {@code done}; a 503 or a broken connection is retried at once. */
    private Response untilAnswered(Supplier<Response> call, Set<Integer> done) {
        for (int attempt = 0; attempt < 1_000; attempt++) {
            progress.release();
            try {
                Response response = call.get();
                if (done.contains(response.statusCode())) {
                    return response;
                }
                assertEquals(503, response.statusCode(), response.asString());
            } catch (RuntimeException e) {
                // the connection broke before an answer: retry (an unexpected status fails the assertion above)
            }
        }
        throw new AssertionError("never answered");
    }

    @Test
    void paymentsAndReversalsUnderKilledConnectionsEachHappenOnce() throws Exception {
        clock.setDay(LocalDate.of(2029, 7, 2));
        Channel bank = channel("BANK");
        List<String[]> participants = new ArrayList<>();
        for (int i = 0; i < PARTICIPANTS; i++) {
            participants.add(participant("PETANI"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);
        AtomicBoolean done = new AtomicBoolean();
        int killed;
        try {
            Future<Integer> killer = pool.submit(() -> killConnections(done));
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                List<String[]> mine = participants.subList(c * PARTICIPANTS / CLIENTS, (c + 1) * PARTICIPANTS / CLIENTS);
                clients.add(pool.submit(() -> {
                    for (String[] p : mine) {
                        String inquiry = untilAnswered(() -> given().header("Authorization", "Bearer " + bank.token())
                                .contentType("application/json").body(Map.of("membershipNumber", p[1]))
                                .post("/v1/channel/inquiries"), Set.of(200)).path("inquiryId");
                        String tx = "F" + p[1];
                        untilAnswered(() -> given().header("Authorization", "Bearer " + bank.token())
                                .contentType("application/json").body(Map.of("inquiryId", inquiry, "months", 2,
                                        "amount", 33_600, "transactionId", tx))
                                .post("/v1/channel/payments"), Set.of(201));
                        untilAnswered(() -> given().header("Authorization", "Bearer " + bank.token())
                                .contentType("application/json").body(Map.of("transactionId", tx, "amount", 33_600))
                                .post("/v1/channel/reversals"), Set.of(200, 201));
                    }
                    return null;
                }));
            }
            for (Future<?> client : clients) {
                client.get();
            }
            done.set(true);
            progress.release(REQUESTS_PER_KILL); // the killer stops at once
            killed = killer.get();
        } finally {
            pool.shutdownNow();
        }
        String ids = participants.stream().map(p -> "'" + p[0] + "'").reduce((a, b) -> a + "," + b).orElseThrow();
        assertEquals(PARTICIPANTS, rows.count("select count(*) from payment where participant_id in (" + ids + ")"));
        assertEquals(PARTICIPANTS, rows.count("select count(*) from payment_reversal r join payment p"
                + " on p.id = r.payment_id where p.participant_id in (" + ids + ")"));
        assertEquals(0, rows.count("select count(*) from contribution_line where participant_id in (" + ids + ")"));
        assertEquals(PARTICIPANTS * 4, rows.count("select count(*) from reversed_contribution_line"
                + " where participant_id in (" + ids + ")"));
        assertEquals(PARTICIPANTS, rows.count("select count(*) from event where type = 'contribution.reversed'"
                + " and participant_id in (" + ids + ")"));
        assertTrue(killed > 0, "the faults happened");
    }

    private int killConnections(AtomicBoolean done) throws Exception {
        var config = ConfigProvider.getConfig();
        int killed = 0;
        try (Connection killer = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url",
                String.class), config.getOptionalValue("quarkus.datasource.username", String.class).orElse("postgres"),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse("postgres"));
             Statement s = killer.createStatement()) {
            while (!done.get()) {
                if (!progress.tryAcquire(REQUESTS_PER_KILL, 30, TimeUnit.SECONDS) || done.get()) {
                    break;
                }
                try (var r = s.executeQuery("select count(pg_terminate_backend(pid)) from pg_stat_activity"
                        + " where datname = current_database() and pid <> pg_backend_pid()"
                        + " and backend_type = 'client backend'")) {
                    r.next();
                    killed += r.getInt(1);
                }
            }
        }
        return killed;
    }
}
