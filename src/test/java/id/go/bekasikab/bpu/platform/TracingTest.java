package id.go.bekasikab.bpu.platform;

import static id.go.bekasikab.bpu.support.Fixtures.registration;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.bekasikab.bpu.support.ApiTest;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Issue #16: a payment's trace holds its HTTP server span and the JDBC spans under it; problems carry its id. */
@QuarkusTest
@TestProfile(TracingTest.Traced.class)
class TracingTest extends ApiTest {

    public static class Traced implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.sdk.disabled", "false", "quarkus.otel.traces.exporter", "cdi",
                    "quarkus.otel.bsp.schedule.delay", "0");
        }
    }

    /** The spans, kept in memory instead of being sent to a collector. */
    @Singleton
    static class Spans {
        @Produces
        @Singleton
        InMemorySpanExporter exporter() {
            return InMemorySpanExporter.create();
        }
    }

    @Inject
    InMemorySpanExporter spans;

    @Inject
    id.go.bekasikab.bpu.support.TestClock clock;

    @org.junit.jupiter.api.AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aPaymentsTraceShowsTheHttpAndJdbcSpans() throws Exception {
        clock.setDay(java.time.LocalDate.of(2027, 6, 3));
        String id = api().body(registration()).post("/v1/participants").then().statusCode(201).extract().path("id");
        spans.reset();
        String traceHeader = idempotent().body(Map.of("participantId", id, "months", 1, "amount", 16_800, "channel",
                "COUNTER")).post("/v1/contributions/payments").then().statusCode(201).extract().header("X-Request-Id");
        List<SpanData> finished = List.of();
        // the server span ends as the response is written: wait for it (at most 10 s) without sleeping
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (finished.stream().noneMatch(s -> s.getKind() == SpanKind.SERVER) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            finished = spans.getFinishedSpanItems();
        }
        SpanData server = finished.stream().filter(s -> s.getKind() == SpanKind.SERVER).findFirst().orElseThrow();
        assertTrue(server.getName().contains("/v1/contributions/payments"), server.getName());
        List<SpanData> jdbc = finished.stream().filter(s -> s.getTraceId().equals(server.getTraceId()))
                .filter(s -> s.getAttributes().asMap().keySet().stream().anyMatch(k -> k.getKey().startsWith("db.")))
                .toList();
        assertTrue(jdbc.size() >= 3, "the payment's statements are spans of its trace: " + finished);
        assertEquals(server.getTraceId(), traceHeader, "one id: the trace's is the request's (X-Request-Id)");
    }

    @Test
    void theEnrolmentWorkerTracesEachChunkWithItsStatements() {
        clock.setDay(java.time.LocalDate.of(2027, 6, 3));
        String payer = id.go.bekasikab.bpu.payer.PayerTestSupport.payer("REGENCY", "APBD", "Pemkab Bekasi");
        String csv = id.go.bekasikab.bpu.payer.PayerTestSupport.csvHeader() + "\n"
                + id.go.bekasikab.bpu.support.Fixtures.nik(java.time.LocalDate.of(1984, 4, 4), false)
                + ",Budi Santoso,1984-04-04,MALE,081234567891,,Kp. Cicau,32.16.20.2001,PETANI,1000000\n";
        request().header("Idempotency-Key", UUID.randomUUID().toString()).contentType("text/csv").body(csv)
                .post("/v1/payers/" + payer + "/enrolments").then().statusCode(202);
        spans.reset();
        id.go.bekasikab.bpu.payer.PayerTestSupport.runJobs();
        List<SpanData> finished = spans.getFinishedSpanItems();
        SpanData chunk = finished.stream().filter(s -> s.getName().equals("enrolment.chunk")).findFirst().orElseThrow();
        assertTrue(finished.stream().anyMatch(s -> s.getTraceId().equals(chunk.getTraceId())
                && s.getName().startsWith("INSERT")), "the chunk's statements are in its trace");
    }
}
