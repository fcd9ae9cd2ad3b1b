package id.go.bekasikab.bpu.payer;

import static id.go.bekasikab.bpu.support.Fixtures.registration;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.bekasikab.bpu.support.ApiTest;
import id.go.bekasikab.bpu.support.Rows;
import id.go.bekasikab.bpu.support.TestClock;
import id.go.bekasikab.bpu.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Issue #14: a payer's over-payment is credit, offered on its next invoices, applied once, refundable. */
@QuarkusTest
class PayerCreditTest extends ApiTest {

    @Inject
    TestClock clock;

    @Inject
    Rows rows;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    String sponsoredPair(String payer) {
        List<String> workers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String id = api().body(registration()).post("/v1/participants").then().statusCode(201).extract().path("id");
            PayerTest.sponsor(payer, id, "2027-06", null).then().statusCode(201);
            workers.add(id);
        }
        return workers.get(0);
    }

    @Test
    void creditFromAnOverpaymentReducesTheNextInvoiceAndIsSpentInTheAllocationOrder() {
        clock.setDay(LocalDate.of(2027, 6, 3));
        String village = PayerTest.payer("VILLAGE", "APBDES", "Pemerintah Desa Karangraharja");
        sponsoredPair(village);
        PayerTest.bulkPay(village, Map.of("months", List.of("2027-06"), "amount", 50_000, "transferReference",
                "DESA-KR-06")).then().statusCode(201).body("credit", equalTo(16_400)).body("creditApplied", equalTo(0));

        api().get("/v1/payers/" + village + "/invoices/2027-07").then().statusCode(200)
                .body("outstanding", equalTo(33_600)).body("credit", equalTo(16_400)).body("payable", equalTo(17_200));
        PayerTest.bulkPay(village, Map.of("months", List.of("2027-07"), "amount", 17_200, "transferReference",
                        "DESA-KR-07", "dryRun", true)).then().statusCode(200).body("creditApplied", equalTo(16_400))
                .body("settled", hasSize(2));
        api().get("/v1/payers/" + village + "/credit").then().body("balance", equalTo(16_400));

        PayerTest.bulkPay(village, Map.of("months", List.of("2027-07"), "amount", 17_200, "transferReference",
                        "DESA-KR-07")).then().statusCode(201)
                .body("settled", hasSize(2)).body("settledAmount", equalTo(33_600))
                .body("creditApplied", equalTo(16_400)).body("credit", equalTo(0)).body("shortfall", equalTo(0));
        api().get("/v1/payers/" + village + "/invoices/2027-07").then().body("outstanding", equalTo(0))
                .body("credit", equalTo(0)).body("payable", equalTo(0));
        api().get("/v1/payers/" + village + "/credit").then().statusCode(200).body("balance", equalTo(0))
                .body("entries.kind", contains("EARNED", "APPLIED"))
                .body("entries.amount", contains(16_400, 16_400))
                .body("entries.reference", contains("DESA-KR-06", "DESA-KR-07"));
    }

    @Test
    void twoPaymentsAtOnceNeverSpendTheSameCredit() throws Exception {
        clock.setDay(LocalDate.of(2027, 6, 3));
        String regency = PayerTest.payer("REGENCY", "APBD", "Pemkab Bekasi — Disnaker");
        sponsoredPair(regency);
        PayerTest.bulkPay(regency, Map.of("months", List.of("2027-06"), "amount", 33_600 + 16_800,
                "transferReference", "SP2D-06")).then().statusCode(201).body("credit", equalTo(16_800));

        clock.setDay(LocalDate.of(2027, 7, 3));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> both = new ArrayList<>();
            for (String month : List.of("2027-07", "2027-08")) {
                both.add(pool.submit(() -> PayerTest.bulkPay(regency, Map.of("months", List.of(month), "amount",
                        16_800, "transferReference", "SP2D-" + month)).then().extract().statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : both) {
                statuses.add(f.get());
            }
            assertEquals(List.of(201, 422), statuses.stream().sorted().toList());
        } finally {
            pool.shutdownNow();
        }
        api().get("/v1/payers/" + regency + "/credit").then().body("balance", equalTo(0))
                .body("entries.kind", contains("EARNED", "APPLIED"));
        assertEquals(16_800, rows.count("select coalesce(sum(amount), 0) from payer_credit_entry where payer_id = '"
                + regency + "' and kind = 'APPLIED'"));
    }

    @Test
    void aPayerSettlesItsMonthsOldestFirst() {
        clock.setDay(LocalDate.of(2027, 6, 3));
        String regency = PayerTest.payer("REGENCY", "APBD", "Pemkab Bekasi — Disperindag");
        sponsoredPair(regency);
        PayerTest.bulkPay(regency, Map.of("months", List.of("2027-06"), "amount", 33_600, "transferReference",
                "SP2D-OLD-06")).then().statusCode(201);
        clock.setDay(LocalDate.of(2027, 7, 3));
        PayerTest.bulkPay(regency, Map.of("months", List.of("2027-08"), "amount", 33_600, "transferReference",
                        "SP2D-OLD-08")).then().statusCode(422).body("code", equalTo("EARLIER_MONTH_OPEN"))
                .body("errors[0].pointer", equalTo("/months")).body("errors[0].message", equalTo("include 2027-07"));
        PayerTest.bulkPay(regency, Map.of("months", List.of("2027-08", "2027-07"), "amount", 67_200,
                "transferReference", "SP2D-OLD-07-08")).then().statusCode(201).body("settled", hasSize(4));
        assertEquals(0, rows.count("select count(*) from payer_payment where transfer_reference = 'SP2D-OLD-08'"));
    }

    @Test
    void anOfficerRefundsCreditWithAReasonButNeverMoreThanTheBalance() {
        clock.setDay(LocalDate.of(2027, 6, 3));
        String wadah = PayerTest.payer("WADAH", "PRIVATE", "Paguyuban Marbot Cikarang");
        sponsoredPair(wadah);
        PayerTest.bulkPay(wadah, Map.of("months", List.of("2027-06"), "amount", 40_000, "transferReference",
                "WADAH-06")).then().statusCode(201).body("credit", equalTo(6_400));
        idempotent().body(Map.of("amount", 6_401, "reason", "returned to the association's account"))
                .post("/v1/payers/" + wadah + "/credit/refunds").then().statusCode(422)
                .body("code", equalTo("INSUFFICIENT_CREDIT"));
        String key = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            api().header("Idempotency-Key", key)
                    .body(Map.of("amount", 6_000, "reason", "returned to the association's account", "reference",
                            "TRF-BJB-771"))
                    .post("/v1/payers/" + wadah + "/credit/refunds").then().statusCode(201).body("balance", equalTo(400))
                    .body("entries.kind", contains("EARNED", "REFUNDED"));
        }
        String integration = Tokens.of("simdes", UUID.fromString(wadah), "integration");
        as(integration).get("/v1/payers/" + wadah + "/credit").then().statusCode(200).body("balance", equalTo(400));
        as(integration).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("amount", 400, "reason", "we want it back")).post("/v1/payers/" + wadah + "/credit/refunds")
                .then().statusCode(403);
        String stranger = Tokens.of("simdes.lain", UUID.randomUUID(), "integration");
        as(stranger).get("/v1/payers/" + wadah + "/credit").then().statusCode(404);
        hostile().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("amount", -1, "reason", "x\u0000y")).post("/v1/payers/" + wadah + "/credit/refunds")
                .then().statusCode(400);
        assertEquals(1, rows.count("select count(*) from payer_credit_entry where payer_id = '" + wadah
                + "' and kind = 'REFUNDED'"));
    }
}
