package id.go.bekasikab.bpu.payer;

import static id.go.bekasikab.bpu.payer.PayerTest.bulkPay;
import static id.go.bekasikab.bpu.payer.PayerTest.payer;
import static id.go.bekasikab.bpu.support.Fixtures.registration;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.bekasikab.bpu.support.ApiTest;
import id.go.bekasikab.bpu.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A payer's statistics for a month are its invoice for that month: the same participants, the same rupiah. */
@QuarkusTest
class PayerFiguresTest extends ApiTest {

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    String participant(String occupation, List<String> programmes) {
        Map<String, Object> body = registration();
        body.put("occupation", occupation);
        body.put("programmes", programmes);
        return api().body(body).post("/v1/participants").then().statusCode(201).extract().path("id");
    }

    JsonPath invoice(String payer) {
        return api().get("/v1/payers/" + payer + "/invoices/2027-01").then().statusCode(200).extract().jsonPath();
    }

    JsonPath stats(String payer) {
        return api().queryParam("month", "2027-01").queryParam("payerId", payer).get("/v1/stats/coverage").then()
                .statusCode(200).extract().jsonPath();
    }

    @Test
    void aVillagesStatisticsEqualItsInvoiceWithOwnJhtReportedApart() {
        clock.setDay(LocalDate.of(2027, 1, 5));
        String village = payer("VILLAGE", "APBDES", "Pemerintah Desa Sukadami");
        String driver = participant("OJOL", List.of("JKK", "JKM")); // transport: PP 50/2025 discount to Mar 2027
        String farmer = participant("PETANI", List.of("JKK", "JKM")); // general: no discount after Dec 2026
        String saver = participant("PEDAGANG", List.of("JKK", "JKM", "JHT")); // pays own JHT on top
        for (String worker : List.of(driver, farmer, saver)) {
            PayerTest.sponsor(village, worker, "2027-01", null).then().statusCode(201);
        }
        String otherPayer = payer("DONOR", "PRIVATE", "CSR PT Lain");
        PayerTest.sponsor(otherPayer, participant("PETANI", List.of("JKK", "JKM")), "2027-01", null).then()
                .statusCode(201);

        JsonPath invoice = invoice(village);
        assertEquals(3, invoice.getInt("lines"));
        assertEquals(8_400 + 16_800 + 16_800, invoice.getInt("total")); // PP 50/2025 Lampiran; JHT is not the payer's
        JsonPath stats = stats(village);
        assertEquals(invoice.getInt("total"), stats.getInt("total.amountDue"));
        assertEquals(invoice.getInt("paid"), stats.getInt("total.amountPaid"));
        assertEquals(20_000, stats.getInt("total.ownAmountDue")); // JHT 2 % of Rp1,000,000, PP 46/2015
        assertEquals(3, stats.getInt("total.participants"));

        bulkPay(village, Map.of("months", List.of("2027-01"), "amount", 42_000, "transferReference", "DESA-2027-01"))
                .then().statusCode(201);
        invoice = invoice(village);
        stats = stats(village);
        assertEquals(42_000, invoice.getInt("paid"));
        assertEquals(invoice.getInt("total"), stats.getInt("total.amountDue"));
        assertEquals(invoice.getInt("paid"), stats.getInt("total.amountPaid"));
        assertEquals(3, stats.getInt("total.protectedParticipants"));
        assertEquals(20_000, stats.getInt("total.ownAmountDue"));
    }

    @Test
    void aMemberPaysTheirOwnJhtForAMonthWhosePayerPartIsPaid() {
        // the no-back-dating rule is about when cover starts; JKK and JKM already cover January (bpu-rules.md §2, §5)
        clock.setDay(LocalDate.of(2027, 1, 5));
        String donor = payer("DONOR", "PRIVATE", "CSR PT Tabungan");
        String saver = participant("PEDAGANG", List.of("JKK", "JKM", "JHT"));
        PayerTest.sponsor(donor, saver, "2027-01", null).then().statusCode(201);
        bulkPay(donor, Map.of("months", List.of("2027-01"), "amount", 16_800, "transferReference", "CSR-2027-01"))
                .then().statusCode(201);
        api().queryParam("from", "2027-01").queryParam("to", "2027-01").get("/v1/participants/" + saver
                + "/contributions").then().statusCode(200)
                .body("months[0].status", org.hamcrest.Matchers.equalTo("DUE"))
                .body("months[0].ownShare", org.hamcrest.Matchers.equalTo(20_000))
                .body("summary.amountDueNow", org.hamcrest.Matchers.equalTo(20_000));
        idempotent().body(Map.of("participantId", saver, "periods", List.of("2027-01"), "amount", 20_000,
                "channel", "COUNTER")).post("/v1/contributions/payments").then().statusCode(201);
        api().queryParam("from", "2027-01").queryParam("to", "2027-01").get("/v1/participants/" + saver
                + "/contributions").then().statusCode(200)
                .body("months[0].status", org.hamcrest.Matchers.equalTo("PAID"))
                .body("months[0].net", org.hamcrest.Matchers.equalTo(36_800))
                .body("summary.amountDueNow", org.hamcrest.Matchers.equalTo(0));
    }
}
