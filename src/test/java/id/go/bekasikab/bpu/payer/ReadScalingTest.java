package id.go.bekasikab.bpu.payer;

import static id.go.bekasikab.bpu.support.Fixtures.registration;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bekasikab.bpu.support.Metrics;
import id.go.bekasikab.bpu.support.ApiTest;
import id.go.bekasikab.bpu.support.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue #16: invoices and statistics are read on the read-only datasource (the replicas' pooler in production) and
 * answer exactly what the primary answers; its connections are read-only, so a heavy read cannot write.
 */
@QuarkusTest
class ReadScalingTest extends ApiTest {

    private static final String READ_POOL = "agroal_acquire_count_total{datasource=\"read\"}";

    @Inject
    TestClock clock;

    @Inject
    InvoiceService invoices;

    @Inject
    CoverageStatsService stats;

    @Inject
    PayerService payers;

    @Inject
    ObjectMapper json;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void invoicesAndStatisticsOnTheReadDatasourceEqualThePrimarysAnswers() throws Exception {
        clock.setDay(LocalDate.of(2027, 6, 3));
        String village = PayerTestSupport.payer("VILLAGE", "APBDES", "Pemerintah Desa Cicau");
        for (int i = 0; i < 3; i++) {
            String worker = api().body(registration()).post("/v1/participants").then().statusCode(201).extract()
                    .path("id");
            PayerTestSupport.sponsor(village, worker, "2027-06");
        }
        idempotent().body(Map.of("months", List.of("2027-06"), "amount", 16_800, "transferReference", "RS-1",
                        "allowPartial", true))
                .post("/v1/payers/" + village + "/payments").then().statusCode(201);
        double before = Metrics.scrape().getOrDefault(READ_POOL, 0.0);

        JsonNode invoiceRead = json.readTree(api().get("/v1/payers/" + village + "/invoices/2027-06").then()
                .statusCode(200).extract().asString());
        JsonNode statsRead = json.readTree(api().queryParam("month", "2027-06").queryParam("payerId", village)
                .get("/v1/stats/coverage").then().statusCode(200).extract().asString());
        assertTrue(Metrics.scrape().get(READ_POOL) > before, "the reads took the read pool's connections");

        UUID payer = UUID.fromString(village);
        // as JSON text, parsed as the HTTP answers are (numbers compared as numbers, not as long vs int nodes)
        JsonNode invoicePrimary = json.readTree(json.writeValueAsString(QuarkusTransaction.requiringNew().call(() ->
                invoices.invoice(payers.require(payer), YearMonth.of(2027, 6)))));
        JsonNode statsPrimary = json.readTree(json.writeValueAsString(
                stats.coverage(YearMonth.of(2027, 6), payer, null, CoverageStatsService.GroupBy.district)));
        assertEquals(invoicePrimary, invoiceRead);
        assertEquals(statsPrimary, statsRead);
        assertEquals(1, invoiceRead.get("items").findValues("paid").stream().filter(JsonNode::asBoolean).count());
    }

    @Test
    void aHeavyReadThatRefreshesTheReferenceDataReadsItOutsideItsOwnTransaction() {
        clock.setDay(LocalDate.of(2027, 6, 3));
        String village = PayerTestSupport.payer("VILLAGE", "APBDES", "Pemerintah Desa Cicau");
        // an administrator's change empties the reference cache: the next reader — this invoice — reads it again
        api().body(Map.of("name", "Cuti bersama (read scaling)", "kind", "CUTI_BERSAMA", "source", "SKB (test)"))
                .put("/v1/reference/holidays/2031-01-02").then().statusCode(200);
        api().get("/v1/payers/" + village + "/invoices/2027-06").then().statusCode(200);
        api().queryParam("month", "2027-06").queryParam("regionCode", "32.16").get("/v1/stats/coverage").then()
                .statusCode(200);
        hostile().delete("/v1/reference/holidays/2031-01-02").then().statusCode(204);
    }
}
