package id.go.bekasikab.bpu.platform;

import static id.go.bekasikab.bpu.support.Fixtures.registration;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.bekasikab.bpu.payer.PayerTestSupport;
import id.go.bekasikab.bpu.support.ApiTest;
import id.go.bekasikab.bpu.support.Rows;
import id.go.bekasikab.bpu.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** The inputs an attack found that used to end in a 500 or a quiet misreading (issue #10), each refused as a 4xx. */
@QuarkusTest
class HostileInputTest extends ApiTest {

    @Inject
    Rows rows;

    String participant() {
        return api().body(registration()).post("/v1/participants").then().statusCode(201).extract().path("id");
    }

    @Test
    void aNulByteInStoredTextIsAFieldErrorAndWritesNothing() {
        String id = participant();
        long corrections = rows.count("select count(*) from identity_correction");
        hostile().contentType("application/json")
                .body("{\"field\":\"FULL_NAME\",\"value\":\"Ahmad\",\"reason\":\"typo\\u0000here\"}")
                .post("/v1/participants/" + id + "/corrections").then().statusCode(400)
                .body("errors[0].pointer", equalTo("/reason")).body("errors[0].code", equalTo("CONTROL_CHARACTER"));
        assertEquals(corrections, rows.count("select count(*) from identity_correction"));
        hostile().contentType("application/json")
                .body("{\"name\":\"Libur\",\"kind\":\"NATIONAL\",\"source\":\"SKB\\u0000\"}")
                .put("/v1/reference/holidays/2029-05-01").then().statusCode(400)
                .body("errors[0].code", equalTo("CONTROL_CHARACTER"));
    }

    @Test
    void aNulByteInAPathOrAQueryIsRefusedBeforeAnyLookup() {
        hostile().urlEncodingEnabled(false).get("/v1/receipts/%00").then().statusCode(400)
                .body("code", equalTo("CONTROL_CHARACTER"));
        hostile().urlEncodingEnabled(false).get("/v1/audit?actor=x%00").then().statusCode(400)
                .body("code", equalTo("CONTROL_CHARACTER"));
    }

    @Test
    void anUploadWithANulByteIsRefusedAtTheDoor() {
        String payer = PayerTestSupport.payer("WADAH", "PRIVATE", "Paguyuban Nol");
        hostile().contentType("text/csv").header("Idempotency-Key", UUID.randomUUID().toString())
                .body("nik,fullName\n3216201708900001,Ahmad\u0000\n")
                .post("/v1/payers/" + payer + "/enrolments").then().statusCode(400)
                .body("errors[0].code", equalTo("CONTROL_CHARACTER"));
    }

    @Test
    void aMonthBeforeTheFirstTariffIsA422AndYearZeroA400() {
        hostile().queryParam("declaredIncome", 1_000_000).queryParam("month", "2015-06")
                .get("/v1/contribution-quotes").then().statusCode(422).body("code", equalTo("NO_TARIFF_FOR_MONTH"));
        hostile().queryParam("declaredIncome", 1_000_000).queryParam("month", "0000-01")
                .get("/v1/contribution-quotes").then().statusCode(400)
                .body("errors[0].code", equalTo("OUT_OF_RANGE"));
    }

    @Test
    void aClaimForAnEventBeforeTheFirstTariffIsA422() {
        String id = participant();
        Map<String, Object> claim = new java.util.HashMap<>(Map.of("participantId", id, "programme", "JKK",
                "eventDate", "2015-06-01", "claimant", Map.of("fullName", "Ahmad Fauzi", "relationship", "SELF"),
                "jkk", Map.of("accidentKind", "AT_WORK", "outcome", "TEMPORARY_INCAPACITY", "incapacityMonths", 1)));
        long claims = rows.count("select count(*) from claim");
        hostile().header("Idempotency-Key", UUID.randomUUID().toString()).contentType("application/json").body(claim)
                .post("/v1/claims").then().statusCode(422).body("code", equalTo("NO_TARIFF_FOR_MONTH"));
        assertEquals(claims, rows.count("select count(*) from claim"));
        claim.put("eventDate", "2026-11-02");
        claim.put("jkk", Map.of("accidentKind", "AT_WORK", "outcome", "TEMPORARY_INCAPACITY", "incapacityMonths", 1,
                "reportedAt", 1_700_000_000));
        hostile().header("Idempotency-Key", UUID.randomUUID().toString()).contentType("application/json").body(claim)
                .post("/v1/claims").then().statusCode(400).body("errors[0].pointer", equalTo("/jkk/reportedAt"));
    }

    @Test
    void datesGivenAsNumbersArraysOrFarYearsAreRefused() {
        String payer = PayerTestSupport.payer("WADAH", "PRIVATE", "Paguyuban Tanggal");
        String id = participant();
        long sponsorships = rows.count("select count(*) from sponsorship");
        for (String from : List.of("[1,2]", "202706", "\"0000-01\"", "\"+10000-01\"", "\"2027-6\"")) {
            hostile().contentType("application/json").body("{\"participantId\":\"" + id + "\",\"from\":" + from + "}")
                    .post("/v1/payers/" + payer + "/sponsorships").then().statusCode(400)
                    .body("errors[0].pointer", equalTo("/from"));
        }
        assertEquals(sponsorships, rows.count("select count(*) from sponsorship"));
        Map<String, Object> body = registration();
        body.put("birthDate", 19900817);
        hostile().contentType("application/json").body(body).post("/v1/participants").then().statusCode(400)
                .body("errors[0].pointer", equalTo("/birthDate"));
    }

    @Test
    void noMonthOutOfRangeIsStoredAndAMonthReadsBackAsSent() {
        String payer = PayerTestSupport.payer("WADAH", "PRIVATE", "Paguyuban Bulan");
        long payments = rows.count("select count(*) from payer_payment");
        hostile().header("Idempotency-Key", UUID.randomUUID().toString()).contentType("application/json")
                .body(Map.of("months", List.of("0000-01"), "amount", 16_800, "transferReference", "YEAR-0"))
                .post("/v1/payers/" + payer + "/payments").then().statusCode(400)
                .body("errors[0].code", equalTo("OUT_OF_RANGE"));
        assertEquals(payments, rows.count("select count(*) from payer_payment"));
        hostile().contentType("text/csv").header("Idempotency-Key", UUID.randomUUID().toString())
                .queryParam("from", "0000-01").body(PayerTestSupport.csvHeader() + "\n")
                .post("/v1/payers/" + payer + "/enrolments").then().statusCode(400)
                .body("errors[0].pointer", equalTo("from"));
        String worker = participant();
        api().body(Map.of("participantId", worker, "from", "2027-01", "to", "2027-03"))
                .post("/v1/payers/" + payer + "/sponsorships").then().statusCode(201)
                .body("from", equalTo("2027-01")).body("to", equalTo("2027-03"));
        api().get("/v1/participants/" + worker + "/sponsorships").then()
                .body("[0].from", equalTo("2027-01")).body("[0].to", equalTo("2027-03"));
    }

    @Test
    void identicalUploadsSentAtOnceBecomeOneJob() throws Exception {
        String payer = PayerTestSupport.payer("WADAH", "PRIVATE", "Paguyuban Serentak");
        String csv = id.go.bekasikab.bpu.payer.PayerTestSupport.csvHeader() + "\n";
        String upload = csv + "3216201708900001,Ahmad Fauzi,1990-08-17,MALE,081234567890,,Kp. Pulo,32.16.20.2001,OJOL,"
                + "1000000\n";
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<Response>> sent = java.util.stream.IntStream.range(0, 8)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> request().contentType("text/csv")
                            .header("Idempotency-Key", UUID.randomUUID().toString()).body(upload)
                            .post("/v1/payers/" + payer + "/enrolments"), pool)).toList();
            Set<String> jobs = new java.util.HashSet<>();
            for (CompletableFuture<Response> answer : sent) {
                Response response = answer.get();
                assertEquals(202, response.statusCode(), response.asString());
                jobs.add(response.path("id"));
            }
            assertEquals(1, jobs.size());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aTokenWithHugeClaimsIsRecordedNotA500() {
        String longName = "s".repeat(300);
        String token = Jwt.issuer(Tokens.ISSUER).audience(Tokens.AUDIENCE).subject(longName)
                .groups(Set.of("officer", "x".repeat(150))).claim("azp", "c".repeat(300)).expiresIn(600)
                .jws().algorithm(SignatureAlgorithm.RS256).sign(Tokens.devKey());
        String id = as(token).body(registration()).post("/v1/participants").then().statusCode(201).extract().path("id");
        List<String> actors = as(Tokens.of("auditor.one", null, "auditor")).queryParam("subjectId", id)
                .get("/v1/audit").then().statusCode(200).extract().path("items.actor");
        assertTrue(actors.get(0).length() <= 100 && actors.get(0).startsWith("sss"), actors.get(0));
    }

    @Test
    void aTokenForAnotherAudienceOrLivingTooLongIsRefused() {
        String otherAudience = Jwt.issuer(Tokens.ISSUER).audience("someone-else").subject("x").groups("officer")
                .expiresIn(600).jws().algorithm(SignatureAlgorithm.RS256).sign(Tokens.devKey());
        String noAudience = Jwt.issuer(Tokens.ISSUER).subject("x").groups("officer")
                .expiresIn(600).jws().algorithm(SignatureAlgorithm.RS256).sign(Tokens.devKey());
        String tillForever = Jwt.issuer(Tokens.ISSUER).audience(Tokens.AUDIENCE).subject("x").groups("officer")
                .expiresAt(253_402_300_799L).jws().algorithm(SignatureAlgorithm.RS256).sign(Tokens.devKey());
        for (String token : List.of(otherAudience, noAudience, tillForever)) {
            as(token).get("/v1/participants/" + UUID.randomUUID()).then().statusCode(401)
                    .body("code", equalTo("UNAUTHENTICATED"));
        }
    }

    @Test
    void anErasedParticipantRefusesEveryChange() {
        String id = participant();
        api().body(Map.of("reason", "consent withdrawn at the counter")).post("/v1/participants/" + id + "/erasure")
                .then().statusCode(200);
        String etag = api().get("/v1/participants/" + id).then().extract().header("ETag");
        hostile().header("If-Match", etag).contentType("application/merge-patch+json")
                .body(Map.of("phone", "081211112222", "address", Map.of("line", "Jl. Nyata 1",
                        "regionCode", "32.16.20.2001")))
                .patch("/v1/participants/" + id).then().statusCode(409).body("code", equalTo("ALREADY_ERASED"));
        api().get("/v1/participants/" + id).then().body("phone", equalTo("+620000000000"));
    }

    @Test
    void ifMatchStarDoesNotStandInForTheETag() {
        String id = participant();
        hostile().header("If-Match", "*").contentType("application/merge-patch+json")
                .body(Map.of("phone", "081211112222")).patch("/v1/participants/" + id).then().statusCode(412)
                .body("code", equalTo("PRECONDITION_FAILED"));
    }

    @Test
    void anotherCallersIdempotencyKeyReplaysNothing() {
        String id = participant();
        String key = UUID.randomUUID().toString();
        int due = api().get("/v1/participants/" + id + "/contributions").then().extract().path("summary.amountDueNow");
        Map<String, Object> payment = Map.of("participantId", id, "months", 1, "amount", due, "channel", "COUNTER");
        String receipt = as(Tokens.of("officer.one", null, "officer")).header("Idempotency-Key", key).body(payment)
                .post("/v1/contributions/payments").then().statusCode(201).extract().path("receiptNumber");
        // another caller, the same key and body: not the first caller's receipt replayed
        Response other = as(Tokens.of("mobile.other", null, "mobile")).header("Idempotency-Key", key).body(payment)
                .post("/v1/contributions/payments");
        assertTrue(other.header("Idempotent-Replayed") == null, "replayed to another caller");
        other.then().body("receiptNumber", not(equalTo(receipt)));
    }

    @Test
    void theHostHeaderIsNeverEchoedIntoLocation() {
        request().header("Host", "evil.example").contentType("application/json").body(registration())
                .post("/v1/participants").then().statusCode(201)
                .header("Location", startsWith("/v1/participants/"));
    }
}
