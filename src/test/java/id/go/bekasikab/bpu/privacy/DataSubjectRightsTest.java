package id.go.bekasikab.bpu.privacy;

import static id.go.bekasikab.bpu.support.Fixtures.heir;
import static id.go.bekasikab.bpu.support.Fixtures.registration;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import id.go.bekasikab.bpu.support.ApiTest;
import id.go.bekasikab.bpu.support.Fixtures;
import id.go.bekasikab.bpu.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** UU 27/2022: a person may see everything held about them, have it corrected, and withdraw consent. */
@QuarkusTest
class DataSubjectRightsTest extends ApiTest {

    static final String MOBILE = Tokens.of("mobile.app", null, "mobile");

    String registerAndPay(Map<String, Object> body) {
        String id = api().body(body).post("/v1/participants").then().statusCode(201).extract().path("id");
        long due = api().get("/v1/participants/" + id).then().extract().<Integer>path("monthlyContribution.total");
        long amount = api().get("/v1/participants/" + id + "/contributions").then().extract()
                .<Integer>path("summary.amountDueNow");
        idempotent().body(Map.of("participantId", id, "months", 1, "amount", amount > 0 ? amount : due,
                "channel", "COUNTER")).post("/v1/contributions/payments").then().statusCode(201);
        return id;
    }

    @Test
    void theExportHoldsEverythingAboutThePerson() {
        Map<String, Object> body = registration();
        body.put("heirs", List.of(heir("Dewi Lestari", "SPOUSE", "1992-02-03")));
        String id = registerAndPay(body);
        api().header("X-Purpose", "the person asked for their data at the counter")
                .get("/v1/participants/" + id + "/personal-data").then().statusCode(200)
                .body("participant.nik", equalTo(body.get("nik")))
                .body("participant.heirs.fullName", contains("Dewi Lestari"))
                .body("payments", hasSize(1))
                .body("sponsorships", empty())
                .body("claims", empty())
                .body("processing.action", hasItems("participant.register", "contribution.payment"));
        as(MOBILE).get("/v1/participants/" + id + "/personal-data").then().statusCode(200)
                .body("participant.nik", startsWith(((String) body.get("nik")).substring(0, 4) + "********"));
    }

    @Test
    void aNameCorrectionIsAppliedOnlyWhenAnOfficerApprovesIt() {
        String id = api().body(registration()).post("/v1/participants").then().statusCode(201).extract().path("id");
        String correction = as(MOBILE).body(Map.of("field", "FULL_NAME", "value", "Achmad  Fauzi",
                        "reason", "spelled as on the e-KTP"))
                .post("/v1/participants/" + id + "/corrections").then().statusCode(201)
                .body("status", equalTo("PENDING")).body("requestedValue", equalTo("Achmad Fauzi"))
                .extract().path("id");
        api().get("/v1/participants/" + id).then().body("fullName", equalTo("Ahmad Fauzi"));
        as(MOBILE).body(Map.of("approve", true)).post("/v1/participants/" + id + "/corrections/" + correction
                + "/decision").then().statusCode(403);
        api().body(Map.of("approve", true, "note", "e-KTP seen")).post("/v1/participants/" + id + "/corrections/"
                + correction + "/decision").then().statusCode(200).body("status", equalTo("APPROVED"))
                .body("decidedBy", equalTo("officer.cikarang"));
        api().get("/v1/participants/" + id).then().body("fullName", equalTo("Achmad Fauzi"));
        api().body(Map.of("approve", false)).post("/v1/participants/" + id + "/corrections/" + correction
                + "/decision").then().statusCode(409).body("code", equalTo("CORRECTION_DECIDED"));
    }

    @Test
    void aCorrectionThatWouldBreakTheNikIsRefusedAndAConsistentNikCorrectionFindsThePersonByTheNewNik() {
        LocalDate born = LocalDate.of(1990, 8, 17);
        Map<String, Object> body = registration();
        String id = api().body(body).post("/v1/participants").then().statusCode(201).extract().path("id");
        String birth = api().body(Map.of("field", "BIRTH_DATE", "value", "1991-08-17", "reason", "typo"))
                .post("/v1/participants/" + id + "/corrections").then().statusCode(201).extract().path("id");
        api().body(Map.of("approve", true)).post("/v1/participants/" + id + "/corrections/" + birth + "/decision")
                .then().statusCode(422).body("code", equalTo("CORRECTION_INCONSISTENT"));
        api().get("/v1/participants/" + id).then().body("birthDate", equalTo(body.get("birthDate")));

        String newNik = Fixtures.nik(LocalDate.parse((String) body.get("birthDate")), false);
        String nik = api().body(Map.of("field", "NIK", "value", newNik, "reason", "the NIK was re-issued"))
                .post("/v1/participants/" + id + "/corrections").then().statusCode(201).extract().path("id");
        api().body(Map.of("approve", true)).post("/v1/participants/" + id + "/corrections/" + nik + "/decision")
                .then().statusCode(200);
        api().body(Map.of("nik", newNik)).post("/v1/participants/search").then().body("items.id", contains(id));
        api().body(Map.of("nik", body.get("nik"))).post("/v1/participants/search").then().body("items", empty());
        org.junit.jupiter.api.Assertions.assertTrue(born.getYear() > 0);
    }

    @Test
    void erasurePseudonymisesThePersonAndKeepsTheMoneyAndClaims() {
        Map<String, Object> body = registration();
        body.put("heirs", List.of(heir("Dewi Lestari", "SPOUSE", "1992-02-03")));
        String id = registerAndPay(body);
        api().body(Map.of("reason", "consent withdrawn at the Cikarang counter"))
                .post("/v1/participants/" + id + "/erasure").then().statusCode(200)
                .body("fullName", startsWith("Peserta "))
                .body("nik", not(equalTo(body.get("nik"))))
                .body("heirs", empty())
                .body("address.line", equalTo("-"))
                .body("address.regionCode", equalTo("32.16.20.0000"))
                .body("status", equalTo("ENDED"));
        api().body(Map.of("nik", body.get("nik"))).post("/v1/participants/search").then().body("items", empty());
        api().get("/v1/participants/" + id + "/contributions").then().statusCode(200)
                .body("months.status", hasItems("PAID"));
        api().body(Map.of("reason", "again")).post("/v1/participants/" + id + "/erasure").then().statusCode(409)
                .body("code", equalTo("ALREADY_ERASED"));
        api().body(body).post("/v1/participants").then().statusCode(201); // the person may join again later
    }
}
