package id.go.bekasikab.bpu.payer;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.allOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.bekasikab.bpu.support.ApiTest;
import id.go.bekasikab.bpu.support.Rows;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Malformed payer requests: a 4xx problem with a stable code, and nothing written. */
@QuarkusTest
class HostilePayerTest extends ApiTest {

    private static final List<String> TABLES = List.of("payer", "sponsorship", "enrolment_job", "enrolment_row",
            "payer_payment", "payment");

    @Inject
    Rows rows;

    String payerId;

    @BeforeEach
    void aPayer() {
        payerId = PayerTest.payer("REGENCY", "APBD", "Pemkab Bekasi (hostile)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a payer of no type        | /v1/payers                   | application/json | {\"fundingSource\":\"APBD\",\"name\":\"X\",\"regionCode\":\"32.16\"} | 400 | VALIDATION_FAILED",
            "an unknown funding source | /v1/payers                   | application/json | {\"type\":\"DONOR\",\"fundingSource\":\"ZAKAT\",\"name\":\"X\",\"regionCode\":\"32.16\"} | 400 | VALIDATION_FAILED",
            "a bad region code         | /v1/payers                   | application/json | {\"type\":\"DONOR\",\"fundingSource\":\"PRIVATE\",\"name\":\"X\",\"regionCode\":\"Bekasi\"} | 400 | VALIDATION_FAILED",
            "a sponsorship to no one   | /v1/payers/{p}/sponsorships  | application/json | {\"participantId\":\"01900000-0000-7000-8000-000000000000\",\"from\":\"2027-01\"} | 422 | UNKNOWN_PARTICIPANT",
            "a sponsorship of JP       | /v1/payers/{p}/sponsorships  | application/json | {\"participantId\":\"01900000-0000-7000-8000-000000000000\",\"from\":\"2027-01\",\"programmes\":[\"JP\"]} | 400 | VALIDATION_FAILED",
            "a backwards sponsorship   | /v1/payers/{p}/sponsorships  | application/json | {\"participantId\":\"01900000-0000-7000-8000-000000000000\",\"from\":\"2027-05\",\"to\":\"2027-01\"} | 400 | VALIDATION_FAILED",
            "a CSV with another header | /v1/payers/{p}/enrolments    | text/csv         | nama,nik\\nBudi,3216201708900001 | 400 | INVALID_CSV_HEADER",
            "an empty CSV              | /v1/payers/{p}/enrolments    | text/csv         | nik,fullName,birthDate,sex,phone,email,addressLine,regionCode,occupation,declaredIncome | 422 | EMPTY_UPLOAD",
            "a JSON object, not a list | /v1/payers/{p}/enrolments    | application/json | {\"nik\":\"3216201708900001\"} | 400 | VALIDATION_FAILED",
            "broken JSON               | /v1/payers/{p}/enrolments    | application/json | [{\"nik\": | 400 | MALFORMED_JSON",
            "a negative transfer       | /v1/payers/{p}/payments      | application/json | {\"months\":[\"2027-01\"],\"amount\":-5,\"transferReference\":\"T-1\"} | 400 | VALIDATION_FAILED",
            "a transfer for no month   | /v1/payers/{p}/payments      | application/json | {\"months\":[],\"amount\":5,\"transferReference\":\"T-1\"} | 400 | VALIDATION_FAILED",
            "SQL in a reference        | /v1/payers/{p}/payments      | application/json | {\"months\":[\"2027-01\"],\"amount\":5,\"transferReference\":\"x'; drop table payer;--\"} | 400 | VALIDATION_FAILED",
            "a payment to no payer     | /v1/payers/01900000-0000-7000-8000-000000000000/payments | application/json | {\"months\":[\"2027-01\"],\"amount\":5,\"transferReference\":\"T-1\"} | 404 | PAYER_NOT_FOUND",
    })
    void aHostilePayerRequestGetsAProblemAndWritesNothing(String description, String path, String type, String body,
                                                         int status, String code) {
        Map<String, Long> before = counts();
        hostile().contentType(type).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body.replace("\\n", "\n")).post(path.replace("{p}", payerId)).then()
                .statusCode(allOf(greaterThanOrEqualTo(400), lessThan(500)))
                .statusCode(status)
                .contentType("application/problem+json")
                .body("code", equalTo(code));
        assertEquals(before, counts(), description + " must not write");
    }

    @ParameterizedTest(name = "invoice of {0}")
    @CsvSource({"2027-13", "2027", "next"})
    void anInvoiceOfNoMonthIsAProblem(String month) {
        hostile().get("/v1/payers/" + payerId + "/invoices/" + month).then().statusCode(400)
                .body("errors[0].pointer", equalTo("month"));
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        TABLES.forEach(t -> counts.put(t, rows.count("select count(*) from " + t)));
        return counts;
    }
}
