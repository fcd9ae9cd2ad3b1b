package id.go.bekasikab.bpu.payer;

import static id.go.bekasikab.bpu.support.Fixtures.registration;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.bekasikab.bpu.support.ApiTest;
import id.go.bekasikab.bpu.support.Rows;
import id.go.bekasikab.bpu.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** invoice.issued (issue #13): once per payer and month, with the invoice as it stands. */
@QuarkusTest
class InvoiceNoticesTest extends ApiTest {

    @Inject
    TestClock clock;

    @Inject
    Rows rows;

    @Inject
    InvoiceNotices notices;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aSponsoringPayerIsToldOfItsInvoiceOnceAMonth() {
        clock.setDay(LocalDate.of(2032, 2, 2));
        String payer = PayerTest.payer("VILLAGE", "APBDES", "Pemerintah Desa Wanajaya");
        String worker = api().body(registration()).post("/v1/participants").then().statusCode(201).extract().path("id");
        PayerTest.sponsor(payer, worker, "2032-02", null).then().statusCode(201);

        notices.issue();
        notices.issue(); // a second round, or another replica's, tells nothing again
        String where = " from event where type = 'invoice.issued' and data->>'payerId' = '" + payer + "'";
        assertEquals(1, rows.count("select count(*)" + where));
        assertEquals("2032-02", rows.text("select data->>'month'" + where));
        assertEquals("1", rows.text("select data->>'lines'" + where));
        assertEquals("16800", rows.text("select data->>'total'" + where));
    }
}
