package id.go.bekasikab.bpu.payer;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.bekasikab.bpu.platform.Csv;
import id.go.bekasikab.bpu.support.ApiTest;
import id.go.bekasikab.bpu.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Cells a spreadsheet would run as formulas never enter the service, and never leave it as formulas. */
@QuarkusTest
class CsvInjectionTest extends ApiTest {

    @Inject
    EnrolmentWorker worker;

    @Test
    void freeTextCellsStartingAFormulaAreRefusedOnUpload() {
        String payer = PayerTest.payer("WADAH", "PRIVATE", "Paguyuban Rumus");
        LocalDate born = LocalDate.of(1985, 3, 4);
        StringBuilder csv = new StringBuilder(EnrolmentService.CSV_HEADER).append('\n');
        for (String address : new String[] {"=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)"}) {
            csv.append(String.join(",", Fixtures.nik(born, false), "Ahmad Fauzi", born.toString(), "MALE",
                    "081234567890", "", "\"" + address.replace("\"", "\"\"") + "\"", "32.16.20.2001", "OJOL",
                    "1000000")).append('\n');
        }
        String job = request().contentType("text/csv").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(csv.toString()).post("/v1/payers/" + payer + "/enrolments").then().statusCode(202)
                .extract().path("id");
        worker.drain();
        api().get("/v1/jobs/" + job + "/rows").then().statusCode(200)
                .body("items.outcome", everyItem(equalTo("REJECTED")))
                .body("items.code", contains("CSV_FORMULA", "CSV_FORMULA", "CSV_FORMULA", "CSV_FORMULA"));
    }

    @Test
    void cellsTheServiceWritesStayText() {
        assertEquals("'=1+1", Csv.neutralised("=1+1"));
        assertEquals("'@cmd", Csv.neutralised("@cmd"));
        assertEquals("'-5", Csv.neutralised("-5"));
        assertEquals("10000000003", Csv.neutralised("10000000003"));
        assertEquals("", Csv.neutralised(""));
    }
}
