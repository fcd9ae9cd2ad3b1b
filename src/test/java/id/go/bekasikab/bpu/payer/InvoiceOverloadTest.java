package id.go.bekasikab.bpu.payer;

import static id.go.bekasikab.bpu.support.Fixtures.registration;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.bekasikab.bpu.support.ApiTest;
import id.go.bekasikab.bpu.support.Contract;
import id.go.bekasikab.bpu.support.Fixtures;
import id.go.bekasikab.bpu.support.TestClock;
import id.go.bekasikab.bpu.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue #11: 200 integrators fetching a regency's invoice at once. The heavy-reads bulkhead lets a few run, queues a
 * few, and answers the rest 503 with Retry-After, so the pool keeps connections for payments and readiness stays up.
 */
@QuarkusTest
class InvoiceOverloadTest extends ApiTest {

    private static final int READERS = 200;
    private static final int WORKERS = 1_500;
    private static final int PAYMENTS = 20;
    private static final int MANAGEMENT_PORT = 9001;

    @Inject
    TestClock clock;

    @Inject
    EnrolmentWorker worker;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private String regencyWithWorkers() {
        String regency = PayerTest.payer("REGENCY", "APBD", "Pemerintah Kabupaten Bekasi");
        StringBuilder csv = new StringBuilder(EnrolmentService.CSV_HEADER).append("\r\n");
        for (int i = 0; i < WORKERS; i++) {
            LocalDate born = LocalDate.of(1960, 1, 1).plusDays(i * 7L);
            csv.append(PayerTest.csvRow(Fixtures.nik(born, false), born).replace("\n", "\r\n"));
        }
        request().filter(Contract.responsesOnly()).contentType("text/csv")
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(csv.toString())
                .post("/v1/payers/" + regency + "/enrolments").then().statusCode(202);
        worker.drain();
        return regency;
    }

    @Test
    void twoHundredInvoiceReadersNeitherStarvePaymentsNorTakeTheReplicaOutOfService() throws Exception {
        clock.setDay(LocalDate.of(2028, 3, 4));
        String regency = regencyWithWorkers();
        List<String> selfPayers = new ArrayList<>();
        for (int i = 0; i < PAYMENTS; i++) {
            selfPayers.add(api().body(registration()).post("/v1/participants").then().statusCode(201).extract()
                    .path("id"));
        }

        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(16))
                .connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest invoice = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/v1/payers/"
                        + regency + "/invoices/2028-03"))
                .header("Authorization", "Bearer " + Tokens.staff()).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(120)).build();
        List<CompletableFuture<HttpResponse<String>>> readers = new ArrayList<>();
        for (int i = 0; i < READERS; i++) {
            readers.add(http.sendAsync(invoice, HttpResponse.BodyHandlers.ofString()));
        }

        long slowest = 0;
        long started = System.nanoTime();
        for (String id : selfPayers) {
            long before = System.nanoTime();
            idempotent().body(Map.of("participantId", id, "months", 1, "amount", 16_800, "channel", "COUNTER"))
                    .post("/v1/contributions/payments").then().statusCode(201);
            slowest = Math.max(slowest, (System.nanoTime() - before) / 1_000_000);
            given().port(MANAGEMENT_PORT).get("/q/health/ready").then().statusCode(200);
        }
        long paying = (System.nanoTime() - started) / 1_000_000;

        Map<Integer, Integer> answers = new TreeMap<>();
        for (CompletableFuture<HttpResponse<String>> reader : readers) {
            HttpResponse<String> response = reader.join();
            answers.merge(response.statusCode(), 1, Integer::sum);
            if (response.statusCode() == 503) {
                assertEquals("2", response.headers().firstValue("Retry-After").orElse(null));
                assertTrue(response.body().contains("\"SERVICE_UNAVAILABLE\""), response.body());
            } else {
                assertEquals(200, response.statusCode(), response.body());
            }
        }
        System.out.printf("%d invoice readers (%d lines each): %s; meanwhile %d payments in %d ms (slowest %d ms),"
                + " readiness up throughout%n", READERS, WORKERS, answers, PAYMENTS, paying, slowest);
        assertTrue(answers.getOrDefault(200, 0) > 0, "some readers are served");
        given().port(MANAGEMENT_PORT).get("/q/health/ready").then().statusCode(200);
    }
}
