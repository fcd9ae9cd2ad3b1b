package id.go.bekasikab.bpu.participant;

import static id.go.bekasikab.bpu.support.Fixtures.heir;
import static id.go.bekasikab.bpu.support.Fixtures.registration;
import static id.go.bekasikab.bpu.support.Fixtures.with;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.bekasikab.bpu.rules.MembershipNumber;
import id.go.bekasikab.bpu.support.ApiTest;
import id.go.bekasikab.bpu.support.Fixtures;
import id.go.bekasikab.bpu.support.Rows;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class ParticipantRegistrationTest extends ApiTest {

    @Inject
    Rows rows;

    @Test
    void anOjolDriverIsRegisteredPendingHisFirstPaymentAtTheMinimumPackage() {
        Map<String, Object> body = registration();
        Response created = api().body(body).post("/v1/participants")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/v1/participants/[0-9a-f-]{36}"))
                .header("ETag", equalTo("\"0\""))
                .body("nik", equalTo(body.get("nik")))
                .body("status", equalTo("PENDING_FIRST_PAYMENT"))
                .body("sector", equalTo("TRANSPORT"))
                .body("phone", equalTo("+6281234567890"))
                // PP 44/2015 Lampiran II: Rp1,000,000 basis; JKK 1 % + JKM Rp6,800 = Rp16,800
                .body("incomeBasis", equalTo(1_000_000))
                .body("monthlyContribution.lines.programme", contains("JKK", "JKM"))
                .body("monthlyContribution.lines.amount", contains(10_000, 6_800))
                .body("monthlyContribution.total", equalTo(16_800))
                .body("statusHistory", hasSize(1))
                .body("statusHistory[0].to", equalTo("PENDING_FIRST_PAYMENT"))
                .body("statusHistory[0].reason", equalTo("REGISTERED"))
                .extract().response();

        String membershipNumber = created.path("membershipNumber");
        assertTrue(MembershipNumber.isValid(membershipNumber));
        api().get(created.header("Location")).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("membershipNumber", equalTo(membershipNumber))
                .body("statusHistory[0].actor", notNullValue());
    }

    @Test
    void aTraderWithJhtPaysTwoPercentMoreOnTheBasisOfHerDeclaredIncome() {
        LocalDate born = LocalDate.of(1985, 3, 9);
        Map<String, Object> body = registration();
        body.putAll(Map.of("nik", Fixtures.nik(born, true), "birthDate", born.toString(), "sex", "FEMALE",
                "fullName", "  Siti   Nur'aini  ", "occupation", "PEDAGANG", "declaredIncome", 2_550_000,
                "programmes", List.of("JKK", "JKM", "JHT"),
                "heirs", List.of(heir("Budi Santoso", "SPOUSE", "1983-01-02"), heir("Rina", "CHILD", "2012-05-06"))));
        api().body(body).post("/v1/participants").then().statusCode(201)
                .body("fullName", equalTo("Siti Nur'aini"))
                .body("sector", equalTo("GENERAL"))
                .body("incomeBasis", equalTo(2_500_000))
                .body("monthlyContribution.lines.amount", contains(25_000, 6_800, 50_000))
                .body("monthlyContribution.total", equalTo(81_800))
                .body("heirs.relationship", contains("SPOUSE", "CHILD"));
    }

    @Test
    void registeringTheSameNikTwiceIsRejected() {
        Map<String, Object> body = registration();
        api().body(body).post("/v1/participants").then().statusCode(201);
        long before = rows.count("select count(*) from participant");

        api().body(with(body, "fullName", "Someone Else")).post("/v1/participants").then().statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("NIK_ALREADY_REGISTERED"))
                .body("traceId", notNullValue());
        assertEquals(before, rows.count("select count(*) from participant"));
    }

    @Test
    void twentyConcurrentIdenticalRegistrationsCreateExactlyOneParticipant() throws Exception {
        Map<String, Object> body = registration();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                Callable<Integer> register = () -> {
                    start.await();
                    return api().body(body).post("/v1/participants").statusCode();
                };
                results.add(pool.submit(register));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
            assertEquals(19, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        String fullName = (String) body.get("fullName");
        assertEquals(1, rows.count("select count(*) from participant where birth_date = date '" + body.get("birthDate")
                + "' and full_name = '" + fullName + "' and phone = '+6281234567890' and nik = '" + body.get("nik") + "'"));
    }

    @ParameterizedTest(name = "NIK {0} born {1} {2}: {3}")
    @CsvSource({
            "3216201708900001, 1990-08-18, MALE,   NIK_BIRTH_DATE_MISMATCH",
            "3216201708900001, 1990-08-17, FEMALE, NIK_SEX_MISMATCH",
            "3216205708900001, 1990-08-17, MALE,   NIK_SEX_MISMATCH",
            "3216203208900001, 1990-08-17, MALE,   INVALID_NIK",
            "3216201713900001, 1990-08-17, MALE,   INVALID_NIK",
            "3216201708900000, 1990-08-17, MALE,   INVALID_NIK",
            "321620170890001,  1990-08-17, MALE,   INVALID_NIK",
    })
    void theNikMustBeWellFormedAndMatchTheBirthDateAndSex(String nik, String birthDate, String sex, String code) {
        Map<String, Object> body = registration();
        body.putAll(Map.of("nik", nik, "birthDate", birthDate, "sex", sex));
        long before = rows.count("select count(*) from participant");
        hostile().contentType("application/json").body(body).post("/v1/participants").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.pointer", hasItem("/nik"))
                .body("errors.code", hasItem(code));
        assertEquals(before, rows.count("select count(*) from participant"));
    }

    @Test
    void theRegionPrefixOfTheNikIsNotTheDomicile() {
        // A NIK first issued in Kota Bekasi (32.75) for a worker who lives in Kabupaten Bekasi (32.16) is fine
        Map<String, Object> body = registration();
        body.put("nik", "3275" + ((String) body.get("nik")).substring(4));
        api().body(body).post("/v1/participants").then().statusCode(201)
                .body("address.regionCode", equalTo("32.16.20.2001"));
    }

    @Test
    void everyFieldErrorIsReportedAtOnceWithItsPointer() {
        Map<String, Object> body = registration();
        body.put("phone", "12345");
        body.put("programmes", List.of("JKK"));
        body.put("address", Map.of("line", "Jl. Raya", "regionCode", "3216"));
        body.put("heirs", List.of(heir("Rina", "CHILD", "2999-01-01")));
        hostile().contentType("application/json").body(body).post("/v1/participants").then().statusCode(400)
                .body("errors.pointer", contains("/address/regionCode", "/heirs/0/birthDate", "/phone", "/programmes"))
                .body("errors.code", contains("INVALID_FORMAT", "DATE_NOT_IN_PAST", "INVALID_FORMAT",
                        "JKK_AND_JKM_REQUIRED"));
    }

    @Test
    void anUnknownParticipantIsNotFound() {
        api().get("/v1/participants/01900000-0000-7000-8000-000000000000").then().statusCode(404)
                .body("code", equalTo("PARTICIPANT_NOT_FOUND"))
                .body("type", endsWith("/participant-not-found"));
    }
}
