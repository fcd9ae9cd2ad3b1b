package id.go.bekasikab.bpu.contribution;

import static id.go.bekasikab.bpu.support.Fixtures.registration;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.bekasikab.bpu.support.ApiTest;
import id.go.bekasikab.bpu.support.Contract;
import id.go.bekasikab.bpu.support.Rows;
import id.go.bekasikab.bpu.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PaymentTest extends ApiTest {

    @Inject
    TestClock clock;

    @Inject
    Rows rows;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    static RequestSpecification payment(String key) {
        return api().header("Idempotency-Key", key);
    }

    static Map<String, Object> pay(String participantId, int months, long amount) {
        Map<String, Object> body = new HashMap<>();
        body.put("participantId", participantId);
        body.put("months", months);
        body.put("amount", amount);
        body.put("channel", "COUNTER");
        return body;
    }

    static Map<String, Object> payPeriods(String participantId, List<String> periods, long amount) {
        Map<String, Object> body = pay(participantId, 1, amount);
        body.remove("months");
        body.put("periods", periods);
        return body;
    }

    String registerOn(LocalDate day, String occupation) {
        clock.setDay(day);
        Map<String, Object> body = registration();
        body.put("occupation", occupation);
        return api().body(body).post("/v1/participants").then().statusCode(201).extract().path("id");
    }

    Response paid(String participantId, int months, long amount) {
        return payment(UUID.randomUUID().toString()).body(pay(participantId, months, amount))
                .post("/v1/contributions/payments").then().statusCode(201).extract().response();
    }

    @Test
    void aFirstPaymentActivatesAndCoversFromThePaymentDateThatMonthButNotTheNext() {
        String id = registerOn(LocalDate.of(2027, 6, 3), "NELAYAN");
        long quoted = api().queryParam("declaredIncome", 1_000_000).queryParam("occupation", "NELAYAN")
                .get("/v1/contribution-quotes").then().statusCode(200).extract().<Integer>path("total");
        assertEquals(16_800, quoted);

        clock.setDay(LocalDate.of(2027, 6, 5));
        payment(UUID.randomUUID().toString()).body(pay(id, 1, quoted)).post("/v1/contributions/payments").then()
                .statusCode(201)
                .header("Location", matchesPattern(".*/v1/receipts/BPU20270605-[0-9]{8}"))
                .body("receiptNumber", matchesPattern("BPU20270605-[0-9]{8}"))
                .body("periods", contains("2027-06"))
                .body("lines.programme", contains("JKK", "JKM"))
                .body("total", equalTo(16_800))
                .body("participantStatus", equalTo("ACTIVE"))
                .body("paidThrough", equalTo("2027-06"));

        api().get("/v1/participants/" + id).then().body("status", equalTo("ACTIVE"))
                .body("statusHistory.reason", contains("REGISTERED", "FIRST_PAYMENT"));
        coverage(id, "2027-06-05").body("protected", equalTo(true)).body("programmes", contains("JKK", "JKM"));
        coverage(id, "2027-06-04").body("protected", equalTo(false)).body("reason", equalTo("COVER_NOT_STARTED"));
        coverage(id, "2027-07-01").body("protected", equalTo(false)).body("reason", equalTo("MONTH_NOT_PAID"));
        coverage(id, "2027-06-02").body("reason", equalTo("BEFORE_REGISTRATION"));
    }

    @Test
    void aMonthPaidOnTimeAfterAPaidMonthCoversWholeAndALatePaymentOnlyFromItsDate() {
        String id = registerOn(LocalDate.of(2027, 6, 3), "PETANI");
        clock.setDay(LocalDate.of(2027, 6, 3));
        paid(id, 1, 16_800);
        clock.setDay(LocalDate.of(2027, 7, 10));
        paid(id, 1, 16_800); // July, before its due date (15 July)
        coverage(id, "2027-07-01").body("protected", equalTo(true));
        clock.setDay(LocalDate.of(2027, 8, 20));
        paid(id, 1, 16_800); // August, after its due date
        coverage(id, "2027-08-19").body("protected", equalTo(false)).body("reason", equalTo("COVER_NOT_STARTED"));
        coverage(id, "2027-08-20").body("protected", equalTo(true));
    }

    @Test
    void aPaymentRetryReturnsTheFirstReceipt() {
        String id = registerOn(LocalDate.of(2027, 6, 3), "PETANI");
        String key = UUID.randomUUID().toString();
        Response first = payment(key).body(pay(id, 2, 33_600)).post("/v1/contributions/payments").then()
                .statusCode(201).extract().response();

        payment(key).body(pay(id, 2, 33_600)).post("/v1/contributions/payments").then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", first.header("Location"))
                .body(equalTo(first.asString()));
        assertEquals(1, rows.count("select count(*) from payment where participant_id = '" + id + "'"));
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() {
        String id = registerOn(LocalDate.of(2027, 6, 3), "PETANI");
        String key = UUID.randomUUID().toString();
        payment(key).body(pay(id, 1, 16_800)).post("/v1/contributions/payments").then().statusCode(201);
        payment(key).body(pay(id, 2, 33_600)).post("/v1/contributions/payments").then().statusCode(422)
                .body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
    }

    @Test
    void aPaymentWithoutAnIdempotencyKeyIsRefused() {
        String id = registerOn(LocalDate.of(2027, 6, 3), "PETANI");
        request().filter(Contract.responsesOnly()).contentType("application/json").body(pay(id, 1, 16_800))
                .post("/v1/contributions/payments").then().statusCode(400)
                .body("code", equalTo("IDEMPOTENCY_KEY_REQUIRED"));
        request().filter(Contract.responsesOnly()).contentType("application/json").header("Idempotency-Key", "abc")
                .body(pay(id, 1, 16_800)).post("/v1/contributions/payments").then().statusCode(400)
                .body("errors[0].pointer", equalTo("Idempotency-Key"));
        assertEquals(0, rows.count("select count(*) from payment where participant_id = '" + id + "'"));
    }

    @Test
    void aFailedPaymentStoresNothingAndMayBeRetriedWithItsKey() {
        String id = registerOn(LocalDate.of(2027, 6, 3), "PETANI");
        String key = UUID.randomUUID().toString();
        payment(key).body(pay(id, 1, 16_000)).post("/v1/contributions/payments").then().statusCode(422)
                .body("code", equalTo("AMOUNT_MISMATCH"))
                .body("errors[0].message", equalTo("expected 16800"));
        // the corrected body under the same key is a new request, not a reuse
        payment(key).body(pay(id, 1, 16_800)).post("/v1/contributions/payments").then().statusCode(201);
    }

    @Test
    void fiftyConcurrentPostsWithOneKeyCreateExactlyOnePayment() throws Exception {
        String id = registerOn(LocalDate.of(2027, 6, 3), "PETANI");
        String key = UUID.randomUUID().toString();
        List<Integer> statuses = concurrently(50, () ->
                payment(key).body(pay(id, 1, 16_800)).post("/v1/contributions/payments").statusCode());
        assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 409), statuses.toString());
        assertEquals(1, rows.count("select count(*) from payment where participant_id = '" + id + "'"));
        assertEquals(2, rows.count("select count(*) from contribution_line where participant_id = '" + id + "'"));
    }

    @Test
    void twentyConcurrentPaymentsForTheSameMonthCreateExactlyOne() throws Exception {
        String id = registerOn(LocalDate.of(2027, 6, 3), "PETANI");
        List<Integer> statuses = concurrently(20, () -> payment(UUID.randomUUID().toString())
                .body(payPeriods(id, List.of("2027-06"), 16_800)).post("/v1/contributions/payments").statusCode());
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(19, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        assertEquals(1, rows.count("select count(*) from payment where participant_id = '" + id + "'"));
    }

    @Test
    void aParticipantFourMonthsBehindIsEndedAndRestartsByPayingTheCurrentMonth() {
        String id = registerOn(LocalDate.of(2027, 5, 3), "PETANI");
        paid(id, 1, 16_800); // 2027-05

        clock.setDay(LocalDate.of(2027, 9, 15)); // June..August overdue, September due today: 3 months of arrears
        statement(id).body("summary.status", equalTo("ACTIVE"))
                .body("summary.arrearsMonths", equalTo(3))
                .body("summary.amountDueNow", equalTo(4 * 16_800))
                .body("summary.lapsesOn", equalTo("2027-09-16"));

        clock.setDay(LocalDate.of(2027, 9, 16)); // September past due: a 4th unpaid month
        api().get("/v1/participants/" + id).then().body("status", equalTo("ENDED"));
        statement(id).body("summary.status", equalTo("ENDED")).body("summary.arrearsMonths", equalTo(0));
        payment(UUID.randomUUID().toString()).body(payPeriods(id, List.of("2027-06"), 16_800))
                .post("/v1/contributions/payments").then().statusCode(422)
                .body("code", equalTo("ARREARS_BEYOND_3_MONTHS"));
        api().queryParam("status", "ENDED").queryParam("limit", 200).get("/v1/participants").then()
                .body("items.find { it.id == '" + id + "' }.status", equalTo("ENDED"));

        paid(id, 1, 16_800); // the restart pays September, the current month; old arrears are never billed
        api().get("/v1/participants/" + id).then().body("status", equalTo("ACTIVE"))
                .body("statusHistory.to", contains("PENDING_FIRST_PAYMENT", "ACTIVE", "ENDED", "ACTIVE"))
                .body("statusHistory.reason", contains("REGISTERED", "FIRST_PAYMENT", "ARREARS_OVER_3_MONTHS",
                        "RESTARTED"))
                .body("statusHistory[2].at", equalTo("2027-09-15T17:00:00Z")); // 16 September, 00:00 in Jakarta
        statement(id).body("months.find { it.period == '2027-07' }.status", equalTo("NOT_BILLABLE"))
                .body("months.find { it.period == '2027-09' }.status", equalTo("PAID"));
        coverage(id, "2027-09-16").body("protected", equalTo(true));
        coverage(id, "2027-09-15").body("protected", equalTo(false)).body("reason", equalTo("COVER_NOT_STARTED"));
        coverage(id, "2027-07-10").body("reason", equalTo("MONTH_NOT_PAID"));
    }

    @Test
    void aGeneralSectorSelfPayerGetsTheDiscountInMay2026() {
        String id = registerOn(LocalDate.of(2026, 5, 4), "PEDAGANG");
        api().get("/v1/participants/" + id + "/contributions").then().statusCode(200)
                .body("months[0].period", equalTo("2026-05"))
                .body("months[0].gross", equalTo(16_800))
                .body("months[0].discount", equalTo(8_400))
                .body("months[0].net", equalTo(8_400));
        payment(UUID.randomUUID().toString()).body(pay(id, 1, 8_400)).post("/v1/contributions/payments").then()
                .statusCode(201)
                .body("gross", equalTo(16_800))
                .body("discount", equalTo(8_400))
                .body("total", equalTo(8_400))
                .body("lines.incomeBasis", contains(1_000_000, 1_000_000)); // benefits keep the full basis
    }

    @Test
    void aDueDateOnAHolidayMovesToTheNextWorkingDay() {
        String id = registerOn(LocalDate.of(2026, 5, 4), "PEDAGANG");
        // 15 May 2026 is cuti bersama (SKB 1497/2025), then a weekend; 15 Aug is a Saturday and the 17th a holiday
        statement(id, "2026-05", "2026-08")
                .body("months.dueDate", contains("2026-05-18", "2026-06-15", "2026-07-15", "2026-08-18"));
        clock.setDay(LocalDate.of(2026, 5, 18));
        statement(id, "2026-05", "2026-05").body("months[0].status", equalTo("DUE"));
        clock.setDay(LocalDate.of(2026, 5, 19));
        // not a member until the first payment, so not late either: May is still payable, covering from that day
        statement(id, "2026-05", "2026-05").body("months[0].status", equalTo("DUE"));
        clock.setDay(LocalDate.of(2026, 6, 1));
        statement(id, "2026-05", "2026-06").body("months.status", contains("NOT_BILLABLE", "DUE"));
    }

    @Test
    void aNewDeclaredIncomeAppliesFromTheFirstUnpaidMonth() {
        String id = registerOn(LocalDate.of(2027, 6, 3), "PETANI");
        paid(id, 2, 33_600); // June and July at the Rp1,000,000 basis
        request().filter(Contract.validated()).contentType("application/merge-patch+json").header("If-Match", "\"1\"")
                .body(Map.of("declaredIncome", 3_000_000)).patch("/v1/participants/" + id).then().statusCode(200);
        statement(id, "2027-06", "2027-08")
                .body("months.incomeBasis", contains(1_000_000, 1_000_000, 3_000_000))
                .body("months.net", contains(16_800, 16_800, 36_800))
                .body("months.status", contains("PAID", "PAID", "DUE"));
        paid(id, 1, 36_800);
    }

    @Test
    void monthsOutsideTheWindowAreRefusedWithTheirReason() {
        String id = registerOn(LocalDate.of(2027, 6, 3), "PETANI");
        payment(UUID.randomUUID().toString()).body(payPeriods(id, List.of("2027-05"), 16_800))
                .post("/v1/contributions/payments").then().statusCode(422)
                .body("code", equalTo("MONTH_BEFORE_REGISTRATION"));
        payment(UUID.randomUUID().toString()).body(payPeriods(id, List.of("2028-07"), 16_800))
                .post("/v1/contributions/payments").then().statusCode(422).body("code", equalTo("TOO_FAR_AHEAD"));
        payment(UUID.randomUUID().toString()).body(payPeriods(id, List.of("2027-07"), 16_800))
                .post("/v1/contributions/payments").then().statusCode(422)
                .body("code", equalTo("NOT_OLDEST_OPEN_MONTHS"));
        paid(id, 12, 12 * 16_800); // June 2027 to May 2028
        payment(UUID.randomUUID().toString()).body(pay(id, 2, 2 * 16_800))
                .post("/v1/contributions/payments").then().statusCode(422).body("code", equalTo("TOO_FAR_AHEAD"));
        payment(UUID.randomUUID().toString()).body(payPeriods(id, List.of("2027-06"), 16_800))
                .post("/v1/contributions/payments").then().statusCode(409).body("code", equalTo("MONTH_ALREADY_PAID"));
        String other = registerOn(LocalDate.of(2027, 6, 3), "PETANI");
        clock.setDay(LocalDate.of(2027, 7, 3));
        payment(UUID.randomUUID().toString()).body(payPeriods(other, List.of("2027-06"), 16_800))
                .post("/v1/contributions/payments").then().statusCode(422).body("code", equalTo("MONTH_NOT_BILLABLE"));
    }

    @Test
    void theSameTransferReferenceTwiceNeverPaysTwice() {
        String first = registerOn(LocalDate.of(2027, 6, 3), "PETANI");
        String second = registerOn(LocalDate.of(2027, 6, 3), "PETANI");
        String reference = "BANK-" + UUID.randomUUID();
        Map<String, Object> body = pay(first, 1, 16_800);
        body.put("externalReference", reference);
        body.put("channel", "BANK");
        payment(UUID.randomUUID().toString()).body(body).post("/v1/contributions/payments").then().statusCode(201);
        body.put("participantId", second);
        payment(UUID.randomUUID().toString()).body(body).post("/v1/contributions/payments").then().statusCode(409)
                .body("code", equalTo("DUPLICATE_EXTERNAL_REFERENCE"));
    }

    @Test
    void aReceiptCanBeReadAgain() {
        String id = registerOn(LocalDate.of(2027, 6, 3), "PETANI");
        String number = paid(id, 3, 3 * 16_800).path("receiptNumber");
        api().get("/v1/receipts/" + number).then().statusCode(200)
                .body("receiptNumber", equalTo(number))
                .body("periods", contains("2027-06", "2027-07", "2027-08"))
                .body("total", equalTo(50_400))
                .body("externalReference", nullValue());
        api().get("/v1/receipts/BPU20270101-99999999").then().statusCode(404).body("code", equalTo("RECEIPT_NOT_FOUND"));
    }

    @Test
    void aPaymentForAnUnknownParticipantIsRefused() {
        payment(UUID.randomUUID().toString()).body(pay(UUID.randomUUID().toString(), 1, 16_800))
                .post("/v1/contributions/payments").then().statusCode(422).body("code", equalTo("UNKNOWN_PARTICIPANT"));
    }

    private io.restassured.response.ValidatableResponse coverage(String id, String date) {
        return api().queryParam("date", date).get("/v1/participants/" + id + "/coverage").then().statusCode(200);
    }

    private io.restassured.response.ValidatableResponse statement(String id) {
        return api().get("/v1/participants/" + id + "/contributions").then().statusCode(200);
    }

    private io.restassured.response.ValidatableResponse statement(String id, String from, String to) {
        return api().queryParam("from", from).queryParam("to", to).get("/v1/participants/" + id + "/contributions")
                .then().statusCode(200);
    }

    private static List<Integer> concurrently(int n, Callable<Integer> call) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
