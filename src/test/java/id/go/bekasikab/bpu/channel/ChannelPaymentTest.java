package id.go.bekasikab.bpu.channel;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.bekasikab.bpu.support.Rows;
import id.go.bekasikab.bpu.support.TestClock;
import id.go.bekasikab.bpu.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue #14: a channel's inquiry, payment and reversal, host-to-host. Amounts are PP 44/2015 Lampiran II at the
 * lowest income basis (JKK Rp10,000 + JKM Rp6,800), months after the PP 50/2025 discount.
 */
@QuarkusTest
class ChannelPaymentTest extends ChannelTestSupport {

    @Inject
    TestClock clock;

    @Inject
    Rows rows;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anInquiryPaymentAndReversalLeaveTheMembershipAsItWasWithTheMonthDueAgain() {
        clock.setDay(LocalDate.of(2027, 6, 3));
        String[] p = participant("PETANI");
        Channel bank = channel("BANK");
        as(Tokens.staff()).body(Map.of("participantId", p[0], "months", 1, "amount", 16_800, "channel", "COUNTER"))
                .header("Idempotency-Key", UUID.randomUUID().toString()).post("/v1/contributions/payments").then()
                .statusCode(201);
        String coveredBefore = api().get("/v1/participants/" + p[0] + "/coverage?date=2027-07-10").then()
                .extract().path("reason");

        clock.setDay(LocalDate.of(2027, 7, 8));
        String inquiry = bank.inquire(Map.of("nik", p[2])).statusCode(200)
                .body("membershipNumber", equalTo(p[1]))
                .body("name", equalTo("Ah*** Fa***"))
                .body("months[0].month", equalTo("2027-07"))
                .body("months[0].amount", equalTo(16_800))
                .body("months[0].dueDate", equalTo("2027-07-15"))
                .body("options[0]", equalTo(Map.of("months", 1, "total", 16_800)))
                .body("options[2]", equalTo(Map.of("months", 3, "total", 50_400)))
                .body("$", not(org.hamcrest.Matchers.hasKey("participantId")))
                .extract().path("inquiryId");
        String tx = transactionId();
        bank.pay(inquiry, 2, 33_600, tx).statusCode(201)
                .header("Location", matchesPattern(".*/v1/channel/payments/" + tx))
                .body("receiptNumber", matchesPattern("BPU20270708-[0-9]{8}"))
                .body("periods", contains("2027-07", "2027-08"))
                .body("paidThrough", equalTo("2027-08"))
                .body("reversal", nullValue());
        api().get("/v1/participants/" + p[0] + "/coverage?date=2027-07-10").then().body("protected", equalTo(true));

        bank.reverse(tx, 33_600).statusCode(201)
                .body("reversal.reversedBy", equalTo("CHANNEL"))
                .body("reversal.reason", equalTo("teller timeout"))
                .body("reversal.outsideWindow", equalTo(false))
                .body("paidThrough", equalTo("2027-06"))
                .body("periods", contains("2027-07", "2027-08"));

        api().get("/v1/participants/" + p[0] + "/coverage?date=2027-07-10").then().body("protected", equalTo(false))
                .body("reason", equalTo(coveredBefore));
        api().get("/v1/participants/" + p[0] + "/contributions?from=2027-07&to=2027-07").then()
                .body("months[0].status", not(equalTo("PAID"))).body("summary.paidThrough", equalTo("2027-06"));
        bank.inquire(Map.of("membershipNumber", p[1])).statusCode(200).body("months[0].month", equalTo("2027-07"));
        String receipt = bank.call().get("/v1/channel/payments/" + tx).then().statusCode(200)
                .body("reversal.reversedOn", equalTo("2027-07-08")).extract().path("receiptNumber");
        api().get("/v1/receipts/" + receipt).then().statusCode(200).body("reversal.reversedBy", equalTo("CHANNEL"))
                .body("total", equalTo(33_600));
        assertEquals(1, rows.count("select count(*) from audit_event where action = 'contribution.reversal'"
                + " and subject_id = '" + p[0] + "'"));
        assertEquals(1, rows.count("select count(*) from event where type = 'contribution.reversed'"
                + " and participant_id = '" + p[0] + "'"));

        // the reversal again: the same answer, nothing twice
        bank.reverse(tx, 33_600).statusCode(200).header("Idempotent-Replayed", "true")
                .body("receiptNumber", equalTo(receipt));
        assertEquals(1, rows.count("select count(*) from payment_reversal r join payment p on p.id = r.payment_id"
                + " where p.participant_id = '" + p[0] + "'"));
        // and the months can be paid again, through the same channel
        String again = bank.inquiryFor(p[1]);
        bank.pay(again, 1, 16_800, transactionId()).statusCode(201).body("periods", contains("2027-07"));
    }

    @Test
    void aChannelReversesOnlyOnThePaymentsBusinessDayAnOfficerLaterWithAReason() {
        clock.set(LocalDateTime.of(2027, 6, 3, 23, 50));
        String[] p = participant("PEDAGANG");
        Channel post = channel("POST");
        String tx = transactionId();
        post.pay(post.inquiryFor(p[1]), 1, 16_800, tx).statusCode(201);

        clock.set(LocalDateTime.of(2027, 6, 4, 0, 10)); // twenty minutes later, the next business day in Jakarta
        post.reverse(tx, 16_800).statusCode(422).body("code", equalTo("REVERSAL_WINDOW_CLOSED"));
        String receipt = post.call().get("/v1/channel/payments/" + tx).then().statusCode(200)
                .body("reversal", nullValue()).extract().path("receiptNumber");

        api().body(Map.of("reason", "double debit confirmed by the bank, ticket 4411"))
                .post("/v1/receipts/" + receipt + "/reversal").then().statusCode(201)
                .body("reversal.reversedBy", equalTo("OFFICER"))
                .body("reversal.outsideWindow", equalTo(true))
                .body("reversal.reason", equalTo("double debit confirmed by the bank, ticket 4411"));
        hostile().contentType("application/json").body(Map.of()).post("/v1/receipts/" + receipt + "/reversal").then()
                .statusCode(400)
                .body("errors.pointer", hasItem("/reason"));
        as(Tokens.of("teller", null, "mobile")).body(Map.of("reason", "please"))
                .post("/v1/receipts/" + receipt + "/reversal").then().statusCode(403);
    }

    @Test
    void aReversalOfAMonthAClaimReliesOnIsRefused() {
        clock.setDay(LocalDate.of(2027, 6, 3));
        Map<String, Object> body = id.go.bekasikab.bpu.support.Fixtures.registration();
        body.put("heirs", List.of(id.go.bekasikab.bpu.support.Fixtures.heir("Dewi Lestari", "SPOUSE", "1992-02-03")));
        var created = api().body(body).post("/v1/participants").then().statusCode(201).extract();
        String participant = created.path("id");
        Channel wallet = channel("EWALLET");
        String tx = transactionId();
        wallet.pay(wallet.inquiryFor(created.path("membershipNumber")), 2, 33_600, tx).statusCode(201);
        idempotent().body(Map.of("participantId", participant, "programme", "JKM", "eventDate", "2027-06-03",
                        "claimant", Map.of("fullName", "Dewi Lestari", "relationship", "SPOUSE"),
                        "documents", List.of()))
                .post("/v1/claims").then().statusCode(201);

        wallet.reverse(tx, 33_600).statusCode(409).body("code", equalTo("CLAIM_RELIES_ON_PAYMENT"));
        assertEquals(0, rows.count("select count(*) from payment_reversal r join payment p on p.id = r.payment_id"
                + " where p.participant_id = '" + participant + "'"));
    }

    @Test
    void theSameTransactionIdReplaysItsReceiptAndAnotherBodyWithItIsAConflict() {
        clock.setDay(LocalDate.of(2027, 6, 3));
        String[] p = participant("PETANI");
        Channel bank = channel("BANK");
        String inquiry = bank.inquiryFor(p[1]);
        String tx = transactionId();
        String receipt = bank.pay(inquiry, 1, 16_800, tx).statusCode(201).extract().path("receiptNumber");
        clock.setDay(LocalDate.of(2027, 6, 4)); // the inquiry has expired; the retry still ends
        bank.pay(inquiry, 1, 16_800, tx).statusCode(201).header("Idempotent-Replayed", "true")
                .body("receiptNumber", equalTo(receipt));
        bank.pay(inquiry, 2, 33_600, tx).statusCode(409).body("code", equalTo("DUPLICATE_TRANSACTION_ID"));
        assertEquals(1, rows.count("select count(*) from payment where participant_id = '" + p[0] + "'"));
    }

    @Test
    void racingRetriesOfOnePaymentAndOfOneReversalEachHappenOnce() throws Exception {
        clock.setDay(LocalDate.of(2027, 6, 3));
        String[] p = participant("PETANI");
        Channel bank = channel("BANK");
        String inquiry = bank.inquiryFor(p[1]);
        String tx = transactionId();
        List<Integer> paid = race(8, () -> bank.pay(inquiry, 3, 50_400, tx).extract().statusCode());
        assertEquals(List.of(201, 201, 201, 201, 201, 201, 201, 201), paid);
        assertEquals(1, rows.count("select count(*) from payment where participant_id = '" + p[0] + "'"));
        List<Integer> reversed = race(8, () -> bank.reverse(tx, 50_400).extract().statusCode());
        assertEquals(1, reversed.stream().filter(s -> s == 201).count());
        assertEquals(7, reversed.stream().filter(s -> s == 200).count());
        assertEquals(0, rows.count("select count(*) from contribution_line where participant_id = '" + p[0] + "'"));
        assertEquals(3, rows.count("select count(*) from reversed_contribution_line where participant_id = '" + p[0]
                + "' and programme = 'JKK'"));
    }

    @Test
    void anInquiryExpiresAndGoesStaleWhenTheMonthsArePaidElsewhere() {
        clock.set(LocalDateTime.of(2027, 6, 3, 9, 0));
        String[] p = participant("PETANI");
        Channel retail = channel("RETAIL");
        String expired = retail.inquiryFor(p[1]);
        clock.set(LocalDateTime.of(2027, 6, 3, 9, 15));
        retail.pay(expired, 1, 16_800, transactionId()).statusCode(422).body("code", equalTo("INQUIRY_EXPIRED"));

        String inquiry = retail.inquiryFor(p[1]);
        retail.pay(inquiry, 1, 16_000, transactionId()).statusCode(422).body("code", equalTo("AMOUNT_MISMATCH"))
                .body("errors[0].pointer", equalTo("/amount"));
        retail.hostile().pay(inquiry, 13, 16_800, transactionId()).statusCode(400);
        Channel agent = channel("AGENT");
        agent.pay(agent.inquiryFor(p[1]), 1, 16_800, transactionId()).statusCode(201);
        retail.pay(inquiry, 1, 16_800, transactionId()).statusCode(409).body("code", equalTo("INQUIRY_STALE"));
        assertEquals(1, rows.count("select count(*) from payment where participant_id = '" + p[0] + "'"));
    }

    @Test
    void inquiriesSayClearlyWhenAMembershipIsUnknownOrSponsored() {
        clock.setDay(LocalDate.of(2027, 6, 3));
        Channel bank = channel("BANK");
        bank.hostile().inquire(Map.of("membershipNumber", "1234")).statusCode(400);
        bank.inquire(Map.of("nik", "3216201708900999")).statusCode(422).body("code", equalTo("UNKNOWN_MEMBERSHIP"))
                .body("detail", not(org.hamcrest.Matchers.containsString("3216201708900999")));
        bank.hostile().inquire(Map.of()).statusCode(400).body("errors[0].code", equalTo("EXACTLY_ONE_REQUIRED"));
        String[] p = participant("PETANI");
        String payer = id.go.bekasikab.bpu.payer.PayerTestSupport.payer("REGENCY", "APBD", "Pemkab Bekasi");
        id.go.bekasikab.bpu.payer.PayerTestSupport.sponsor(payer, p[0], "2027-06");
        bank.inquire(Map.of("membershipNumber", p[1])).statusCode(422).body("code", equalTo("MONTH_SPONSORED"));
    }

    @Test
    void aChannelActsOnlyForItsOwnRegisteredChannel() {
        clock.setDay(LocalDate.of(2027, 6, 3));
        String[] p = participant("PETANI");
        Channel bank = channel("BANK");
        Channel other = channel("BANK");
        String inquiry = bank.inquiryFor(p[1]);
        other.pay(inquiry, 1, 16_800, transactionId()).statusCode(422).body("code", equalTo("UNKNOWN_INQUIRY"));
        String tx = transactionId();
        bank.pay(inquiry, 1, 16_800, tx).statusCode(201);
        other.reverse(tx, 16_800).statusCode(404).body("code", equalTo("TRANSACTION_NOT_FOUND"));
        other.call().get("/v1/channel/payments/" + tx).then().statusCode(404);
        // the same transaction id at another bank is another transaction
        other.pay(other.inquiryFor(p[1]), 1, 16_800, tx).statusCode(201).body("periods", contains("2027-07"));

        String unregistered = Tokens.channel("h2h.ghost", UUID.randomUUID().toString());
        as(unregistered).body(Map.of("membershipNumber", p[1])).post("/v1/channel/inquiries").then().statusCode(403);
        as(Tokens.channel("h2h.bad", "not-a-uuid")).body(Map.of("membershipNumber", p[1]))
                .post("/v1/channel/inquiries").then().statusCode(403);
        as(Tokens.of("app", null, "mobile")).body(Map.of("membershipNumber", p[1])).post("/v1/channel/inquiries")
                .then().statusCode(403);
        as(bank.token()).get("/v1/participants/" + p[0]).then().statusCode(403);
    }

    @Test
    void hostileTransactionIdsAndAmountsAreRefusedWithoutAWrite() {
        clock.setDay(LocalDate.of(2027, 6, 3));
        String[] p = participant("PETANI");
        Channel bank = channel("BANK");
        String inquiry = bank.inquiryFor(p[1]);
        for (String tx : List.of("TX\u0000NUL", "../../etc", "", "x".repeat(65), "TX 1")) {
            bank.hostile().pay(inquiry, 1, 16_800, tx).statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        }
        bank.hostile().pay(inquiry, 1, -16_800, transactionId()).statusCode(400);
        bank.hostile().pay(inquiry, 1, Long.MAX_VALUE, transactionId()).statusCode(400);
        bank.hostile().call().body("{\"inquiryId\":\"" + inquiry + "\",\"months\":\"1\",\"amount\":16800,\"transactionId\":\"A\"}")
                .post("/v1/channel/payments").then().statusCode(400);
        bank.hostile().call().urlEncodingEnabled(false).get("/v1/channel/payments/TX%00").then().statusCode(400);
        bank.hostile().reverse("TX\u0000", 16_800).statusCode(400);
        assertEquals(0, rows.count("select count(*) from payment where participant_id = '" + p[0] + "'"));
        hostile().contentType("application/json").body(Map.of("code", "bank bjb", "name", "x", "type", "BANK"))
                .post("/v1/channels").then().statusCode(400);
        api().body(Map.of("code", "PAYERX", "name", "x", "type", "PAYER")).post("/v1/channels").then().statusCode(400)
                .body("errors[0].pointer", equalTo("/type"));
        String code = "DUP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        api().body(Map.of("code", code, "name", "x", "type", "BANK")).post("/v1/channels").then().statusCode(201);
        api().body(Map.of("code", code, "name", "y", "type", "BANK")).post("/v1/channels").then().statusCode(409)
                .body("code", equalTo("DUPLICATE_CHANNEL_CODE"));
        api().get("/v1/channels").then().statusCode(200).body("items.code", hasItem(code));
        api().get("/v1/channels/" + bank.id()).then().statusCode(200).body("type", equalTo("BANK"))
                .body("createdAt", notNullValue());
    }

    static List<Integer> race(int n, Callable<Integer> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(call));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : futures) {
                statuses.add(f.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
