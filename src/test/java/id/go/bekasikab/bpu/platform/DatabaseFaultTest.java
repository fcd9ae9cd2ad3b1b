package id.go.bekasikab.bpu.platform;

import static id.go.bekasikab.bpu.support.Fixtures.registration;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.bekasikab.bpu.support.ApiTest;
import id.go.bekasikab.bpu.support.Rows;
import id.go.bekasikab.bpu.support.TestClock;
import id.go.bekasikab.bpu.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue #11: retrying clients pay while every connection the service holds is killed again and again (what a
 * database restart does to it). Afterwards the database shows each acknowledged payment once, no payment nobody was
 * told about, and every key answers its receipt again — within seconds of the database coming back, not minutes.
 */
@QuarkusTest
class DatabaseFaultTest extends ApiTest {

    private static final int PARTICIPANTS = 30;
    private static final int PAYMENTS_EACH = 3;
    private static final int CLIENTS = 6;
    /** Every connection the service holds is killed this many times, once per so many client requests. */
    private static final int KILL_ROUNDS = 12;
    private static final int REQUESTS_PER_ROUND = 12;

    @Inject
    TestClock clock;

    @Inject
    Rows rows;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger unavailable = new AtomicInteger();
    private final AtomicInteger broken = new AtomicInteger();
    private final AtomicLong longestWindowMillis = new AtomicLong();
    /** One permit per request the clients make: the faults follow the load, not a timer. */
    private final Semaphore progress = new Semaphore(0);

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** A client that retries with the same key until it is answered for good, as the README tells integrators to. */
    private String payUntilAnswered(String participantId, String key) throws InterruptedException {
        String body = "{\"participantId\":\"" + participantId + "\",\"months\":1,\"amount\":16800,\"channel\":\"BANK\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port
                        + "/v1/contributions/payments"))
                .header("Authorization", "Bearer " + Tokens.staff()).header("Content-Type", "application/json")
                .header("Idempotency-Key", key).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long firstFailure = 0;
        for (int attempt = 0; attempt < 1_000; attempt++) {
            requests.incrementAndGet();
            progress.release();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 201) {
                    if (firstFailure != 0) {
                        longestWindowMillis.accumulateAndGet(System.currentTimeMillis() - firstFailure, Math::max);
                    }
                    return response.body().replaceAll(".*\"receiptNumber\":\"([^\"]+)\".*", "$1");
                }
                assertEquals(503, response.statusCode(), response.body());
                assertTrue(response.headers().firstValue("Retry-After").isPresent(), "503 says when to retry");
                unavailable.incrementAndGet();
            } catch (IOException e) {
                broken.incrementAndGet();
            }
            // at once again: the pool opens a new connection for the retry
            firstFailure = firstFailure == 0 ? System.currentTimeMillis() : firstFailure;
        }
        throw new AssertionError("key " + key + " never answered");
    }

    /** What a restarting database does to the service: every one of its connections dies, again and again. */
    private Future<Integer> killingEveryConnection(ExecutorService pool, AtomicBoolean stop) throws Exception {
        var config = ConfigProvider.getConfig();
        Connection killer = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getOptionalValue("quarkus.datasource.username", String.class).orElse("postgres"),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse("postgres"));
        return pool.submit(() -> {
            int killed = 0;
            try (killer; Statement s = killer.createStatement()) {
                for (int round = 0; round < KILL_ROUNDS && !stop.get(); round++) {
                    if (!progress.tryAcquire(REQUESTS_PER_ROUND, 30, TimeUnit.SECONDS)) {
                        break; // the clients are done
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
        });
    }

    @Test
    void paymentsUnderRepeatedlyKilledConnectionsArePaidExactlyOnceAndEveryKeyEnds() throws Exception {
        clock.setDay(LocalDate.of(2029, 5, 6));
        List<String> participants = new ArrayList<>();
        for (int i = 0; i < PARTICIPANTS; i++) {
            participants.add(api().body(registration()).post("/v1/participants").then().statusCode(201).extract()
                    .path("id"));
        }
        Map<String, String> receiptByKey = new ConcurrentHashMap<>();
        Map<String, Integer> acknowledged = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);
        AtomicBoolean done = new AtomicBoolean();
        int killed;
        try {
            Future<Integer> killer = killingEveryConnection(pool, done);
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                List<String> mine = participants.subList(c * PARTICIPANTS / CLIENTS, (c + 1) * PARTICIPANTS / CLIENTS);
                clients.add(pool.submit(() -> {
                    for (int payment = 0; payment < PAYMENTS_EACH; payment++) {
                        for (String id : mine) {
                            String key = UUID.randomUUID().toString();
                            receiptByKey.put(key + "|" + id, payUntilAnswered(id, key));
                            acknowledged.merge(id, 1, Integer::sum);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> client : clients) {
                client.get();
            }
            done.set(true);
            killed = killer.get();
        } finally {
            pool.shutdownNow();
        }

        String ids = participants.stream().map(id -> "'" + id + "'").reduce((a, b) -> a + "," + b).orElseThrow();
        assertEquals(PARTICIPANTS * PAYMENTS_EACH, acknowledged.values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(PARTICIPANTS * PAYMENTS_EACH, rows.count("select count(*) from payment where participant_id in ("
                + ids + ")"), "no payment lost, none doubled, none the client was never told about");
        assertEquals(PARTICIPANTS * PAYMENTS_EACH, rows.count("select count(distinct (participant_id, period))"
                + " from contribution_line where participant_id in (" + ids + ")"), "each payment one month");
        assertEquals(PARTICIPANTS * PAYMENTS_EACH, receiptByKey.values().stream().distinct().count());
        int underFaults = requests.get();
        // every key ends: asked again, each replays its own receipt
        receiptByKey.forEach((keyAndId, receipt) -> {
            String[] parts = keyAndId.split("\\|");
            try {
                assertEquals(receipt, payUntilAnswered(parts[1], parts[0]));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals(PARTICIPANTS * PAYMENTS_EACH, rows.count("select count(*) from payment where participant_id in ("
                + ids + ")"));
        System.out.printf("database faults: %d connections killed in %d rounds; %d payments by %d retrying clients in %d"
                        + " requests (%d x 503, %d broken connections); lost 0, doubled 0, stuck 0; longest error"
                        + " window of a key %d ms%n", killed, KILL_ROUNDS, PARTICIPANTS * PAYMENTS_EACH,
                CLIENTS, underFaults, unavailable.get(), broken.get(), longestWindowMillis.get());
        assertTrue(killed > 0, "the faults happened");
    }
}
