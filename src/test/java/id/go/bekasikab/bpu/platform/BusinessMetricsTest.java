package id.go.bekasikab.bpu.platform;

import static id.go.bekasikab.bpu.support.Fixtures.registration;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.bekasikab.bpu.payer.PayerTestSupport;
import id.go.bekasikab.bpu.support.ApiTest;
import id.go.bekasikab.bpu.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Issue #16: after an API run, /q/metrics on the management port shows each business metric with its value. */
@QuarkusTest
class BusinessMetricsTest extends ApiTest {

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    static Map<String, Double> scrape() {
        return id.go.bekasikab.bpu.support.Metrics.scrape();
    }

    static double delta(Map<String, Double> before, Map<String, Double> after, String series) {
        assertTrue(after.containsKey(series), series + " is on /q/metrics");
        return after.get(series) - before.getOrDefault(series, 0.0);
    }

    @Test
    void paymentsRegistrationsReplaysJobsClaimsAndInvoicesAreCounted() {
        clock.setDay(LocalDate.of(2027, 6, 3));
        Map<String, Double> before = scrape();

        String worker = api().body(registration()).post("/v1/participants").then().statusCode(201).extract().path("id");
        String key = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            api().header("Idempotency-Key", key).body(Map.of("participantId", worker, "months", 1, "amount", 16_800,
                    "channel", "COUNTER")).post("/v1/contributions/payments").then().statusCode(201);
        }
        String village = PayerTestSupport.payer("VILLAGE", "APBDES", "Pemerintah Desa Cicau");
        String sponsored = api().body(registration()).post("/v1/participants").then().statusCode(201).extract()
                .path("id");
        PayerTestSupport.sponsor(village, sponsored, "2027-06");
        api().get("/v1/payers/" + village + "/invoices/2027-06").then().statusCode(200);
        idempotent().body(Map.of("months", List.of("2027-06"), "amount", 20_000, "transferReference", "DESA-M-1"))
                .post("/v1/payers/" + village + "/payments").then().statusCode(201);
        String csv = PayerTestSupport.csvHeader() + "\n"
                + id.go.bekasikab.bpu.support.Fixtures.nik(LocalDate.of(1984, 4, 4), false)
                + ",Budi Santoso,1984-04-04,MALE,081234567891,,Kp. Cicau,32.16.20.2001,PETANI,1000000\n"
                + "3216200101010000,X,1984-04-04,MALE,081234567891,,Kp. Cicau,32.16.20.2001,PETANI,1000000\n";
        request().header("Idempotency-Key", UUID.randomUUID().toString()).contentType("text/csv").body(csv)
                .post("/v1/payers/" + village + "/enrolments").then().statusCode(202);
        PayerTestSupport.runJobs();
        Map<String, Object> claim = Map.of("participantId", worker, "programme", "JKK", "eventDate", "2027-06-03",
                "claimant", Map.of("fullName", "Ahmad Fauzi", "relationship", "SELF"),
                "jkk", Map.of("accidentKind", "AT_WORK", "outcome", "TEMPORARY_INCAPACITY", "incapacityMonths", 1,
                        "reportedAt", "2027-06-03T09:00:00+07:00"), "documents", List.of());
        idempotent().body(claim).post("/v1/claims").then().statusCode(201);

        Map<String, Double> after = scrape();
        assertEquals(1, delta(before, after, "bpu_payments_total{channel=\"COUNTER\",funding=\"SELF\"}"));
        assertEquals(16_800, delta(before, after, "bpu_payments_amount_rupiah_total{channel=\"COUNTER\",funding=\"SELF\"}"));
        assertEquals(1, delta(before, after, "bpu_payments_total{channel=\"PAYER\",funding=\"APBDES\"}"));
        assertEquals(1, delta(before, after, "bpu_idempotent_replays_total{operation=\"contribution-payment\"}"));
        assertEquals(2, delta(before, after, "bpu_registrations_total{source=\"api\"}"));
        assertEquals(1, delta(before, after, "bpu_registrations_total{source=\"enrolment\"}"));
        assertEquals(1, delta(before, after, "bpu_enrolment_rows_total{outcome=\"CREATED\"}"));
        assertEquals(1, delta(before, after, "bpu_enrolment_rows_total{outcome=\"REJECTED\"}"));
        assertTrue(delta(before, after, "bpu_enrolment_jobs_seconds_count{state=\"COMPLETED\"}") >= 1);
        assertEquals(1, delta(before, after, "bpu_invoices_total"));
        assertEquals(1, delta(before, after, "bpu_payer_payments_total"));
        assertEquals(20_000, delta(before, after, "bpu_payer_payments_amount_rupiah_total"));
        assertEquals(16_800, delta(before, after, "bpu_payer_payments_settled_rupiah_total"));
        assertEquals(1, delta(before, after, "bpu_claims_transitions_total{programme=\"JKK\",status=\"SUBMITTED\"}"));
        for (String series : List.of("bpu_claims{programme=\"JKK\",status=\"SUBMITTED\"}",
                "bpu_claims_sla_breached{programme=\"JKM\"}", "bpu_events_unsequenced",
                "bpu_webhooks_oldest_undelivered_seconds", "agroal_active_count{datasource=\"default\"}")) {
            assertTrue(after.containsKey(series), series + " is on /q/metrics");
        }
        assertTrue(after.keySet().stream().anyMatch(s -> s.startsWith("http_server_requests_seconds_count")),
                "the RED signals");
        assertTrue(after.keySet().stream().noneMatch(s -> s.contains(worker)), "no id is a label");
    }
}
