package id.go.bekasikab.bpu.contribution;

import static id.go.bekasikab.bpu.contribution.PaymentTest.pay;
import static id.go.bekasikab.bpu.contribution.PaymentTest.payment;
import static id.go.bekasikab.bpu.support.Fixtures.registration;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.bekasikab.bpu.support.ApiTest;
import id.go.bekasikab.bpu.support.Rows;
import id.go.bekasikab.bpu.support.TestClock;
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

/** Receipts are numbered per business day from 1 without gaps, as a finance office reconciles them (bpu-rules.md §2). */
@QuarkusTest
class ReceiptNumberingTest extends ApiTest {

    private static final LocalDate DAY = LocalDate.of(2031, 3, 14);

    @Inject
    TestClock clock;

    @Inject
    Rows rows;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private String registered() {
        return api().body(registration()).post("/v1/participants").then().statusCode(201).extract().path("id");
    }

    private int paidWith(String participantId, String reference) {
        Map<String, Object> body = pay(participantId, 1, 16_800);
        body.put("channel", "BANK");
        body.put("externalReference", reference);
        return payment(UUID.randomUUID().toString()).body(body).post("/v1/contributions/payments").then().extract()
                .statusCode();
    }

    private long receiptsOfTheDay() {
        return rows.count("select count(*) from payment where receipt_number like 'BPU20310314-%'");
    }

    private long highestSerialOfTheDay() {
        return rows.count("select coalesce(max(substring(receipt_number from 13)::int), 0) from payment "
                + "where receipt_number like 'BPU20310314-%'");
    }

    @Test
    void aPaymentThatRollsBackAfterTakingItsNumberGivesTheNumberBack() {
        clock.setDay(DAY);
        String first = registered();
        String refused = registered();
        String next = registered();
        String reference = "TRF-" + UUID.randomUUID();

        assertEquals(201, paidWith(first, reference));
        // the same transfer reference is refused by the database after the receipt number was taken
        assertEquals(409, paidWith(refused, reference));
        String receipt = payment(UUID.randomUUID().toString()).body(pay(next, 1, 16_800))
                .post("/v1/contributions/payments").then().statusCode(201).extract().path("receiptNumber");

        assertEquals(receiptsOfTheDay(), highestSerialOfTheDay(), "the day's receipts are 1..n");
        assertEquals(String.format("BPU20310314-%08d", receiptsOfTheDay()), receipt);
    }

    @Test
    void racingPaymentsAndRefusalsLeaveTheDaysNumbersWithoutGaps() throws Exception {
        clock.setDay(DAY);
        List<String> participants = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            participants.add(registered());
        }
        String shared = "TRF-" + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < participants.size(); i++) {
                String id = participants.get(i);
                // every third payment reuses one transfer reference: all but one of those roll back
                String reference = i % 3 == 0 ? shared : "TRF-" + UUID.randomUUID();
                answers.add(pool.submit(() -> paidWith(id, reference)));
            }
            long created = 0;
            for (Future<Integer> answer : answers) {
                created += answer.get() == 201 ? 1 : 0;
            }
            assertEquals(participants.size() - 3, created);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(receiptsOfTheDay(), highestSerialOfTheDay(), "the day's receipts are 1..n");
    }
}
