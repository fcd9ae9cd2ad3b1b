package id.go.bekasikab.bpu.contribution;

import static id.go.bekasikab.bpu.support.Fixtures.registration;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.bekasikab.bpu.support.ApiTest;
import id.go.bekasikab.bpu.support.Rows;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Malformed payments: a 400 problem naming the field, and not a rupiah or an idempotency record written. */
@QuarkusTest
class HostilePaymentTest extends ApiTest {

    @Inject
    Rows rows;

    String participantId;

    @BeforeEach
    void aParticipant() {
        participantId = api().body(registration()).post("/v1/participants").then().statusCode(201).extract().path("id");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a negative amount     | \"months\":1,\"amount\":-16800,\"channel\":\"BANK\"               | /amount     | OUT_OF_RANGE",
            "a zero amount         | \"months\":1,\"amount\":0,\"channel\":\"BANK\"                    | /amount     | OUT_OF_RANGE",
            "an absurd amount      | \"months\":1,\"amount\":999999999999,\"channel\":\"BANK\"         | /amount     | OUT_OF_RANGE",
            "a fractional amount   | \"months\":1,\"amount\":16800.5,\"channel\":\"BANK\"              | /amount     | WRONG_TYPE",
            "an amount as text     | \"months\":1,\"amount\":\"16800\",\"channel\":\"BANK\"            | /amount     | WRONG_TYPE",
            "13 months             | \"months\":13,\"amount\":16800,\"channel\":\"BANK\"               | /months     | OUT_OF_RANGE",
            "0 months              | \"months\":0,\"amount\":16800,\"channel\":\"BANK\"                | /months     | OUT_OF_RANGE",
            "months and periods    | \"months\":1,\"periods\":[\"2030-01\"],\"amount\":16800,\"channel\":\"BANK\" | ''  | EXACTLY_ONE_REQUIRED",
            "neither               | \"amount\":16800,\"channel\":\"BANK\"                             | ''          | EXACTLY_ONE_REQUIRED",
            "a bad month           | \"periods\":[\"2030-13\"],\"amount\":16800,\"channel\":\"BANK\"   | /periods/0  | INVALID_FORMAT",
            "a date for a month    | \"periods\":[\"2030-01-01\"],\"amount\":16800,\"channel\":\"BANK\"| /periods/0  | INVALID_FORMAT",
            "a month twice         | \"periods\":[\"2030-01\",\"2030-01\"],\"amount\":16800,\"channel\":\"BANK\" | /periods | DUPLICATE_PERIOD",
            "13 periods            | \"periods\":[\"2030-01\",\"2030-02\",\"2030-03\",\"2030-04\",\"2030-05\",\"2030-06\",\"2030-07\",\"2030-08\",\"2030-09\",\"2030-10\",\"2030-11\",\"2030-12\",\"2031-01\"],\"amount\":16800,\"channel\":\"BANK\" | /periods | INVALID_SIZE",
            "an unknown channel    | \"months\":1,\"amount\":16800,\"channel\":\"CASH\"                | /channel    | UNKNOWN_ENUM_VALUE",
            "no channel            | \"months\":1,\"amount\":16800                                     | /channel    | REQUIRED",
            "SQL in a reference    | \"months\":1,\"amount\":16800,\"channel\":\"BANK\",\"externalReference\":\"x'; drop table payment;--\" | /externalReference | INVALID_FORMAT",
            "a huge reference      | \"months\":1,\"amount\":16800,\"channel\":\"BANK\",\"externalReference\":\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\" | /externalReference | INVALID_SIZE",
            "an unknown field      | \"months\":1,\"amount\":16800,\"channel\":\"BANK\",\"discount\":8400 | /discount | UNKNOWN_FIELD",
    })
    void aMalformedPaymentIsRefusedAndWritesNothing(String description, String fields, String pointer, String code) {
        long payments = rows.count("select count(*) from payment");
        long records = rows.count("select count(*) from idempotency_record");
        hostile().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"participantId\":\"" + participantId + "\"," + fields + "}")
                .post("/v1/contributions/payments").then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.pointer", hasItem(pointer))
                .body("errors.code", hasItem(code));
        assertEquals(payments, rows.count("select count(*) from payment"));
        assertEquals(records, rows.count("select count(*) from idempotency_record"));
    }

    @ParameterizedTest(name = "statement {0}..{1}")
    @CsvSource(delimiter = '|', value = {
            "2027-05 | 2027-01 | from",
            "2020-01 | 2027-01 | from",
            "2027-1  | 2027-02 | from",
            "2027-01 | soon    | to",
    })
    void aStatementRangeMustBeTwoMonthsInOrderAtMost36Apart(String from, String to, String pointer) {
        hostile().queryParam("from", from).queryParam("to", to)
                .get("/v1/participants/" + participantId + "/contributions").then().statusCode(400)
                .body("errors.pointer", equalTo(List.of(pointer)));
    }
}
