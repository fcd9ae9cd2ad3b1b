package id.go.bekasikab.bpu.claim;

import static id.go.bekasikab.bpu.support.Fixtures.heir;
import static id.go.bekasikab.bpu.support.Fixtures.registration;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import id.go.bekasikab.bpu.support.ApiTest;
import id.go.bekasikab.bpu.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClaimTest extends ApiTest {

    static final List<String> JKM_DOCUMENTS = List.of("KARTU_PESERTA", "KTP_PARTICIPANT", "KTP_HEIRS",
            "DEATH_CERTIFICATE", "KARTU_KELUARGA", "HEIRSHIP_STATEMENT", "MARRIAGE_BOOK", "BANK_BOOK");
    static final List<String> JKK_DOCUMENTS = List.of("KARTU_PESERTA", "KTP_PARTICIPANT", "ACCIDENT_CHRONOLOGY",
            "WITNESS_KTP", "POLICE_REPORT", "FORM_KK1", "FORM_KK2", "FORM_KK3", "BANK_BOOK");

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** A participant registered on 3 June 2027 with a registered spouse, who paid June to August that day. */
    String protectedParticipant(List<String> programmes, int months) {
        clock.setDay(LocalDate.of(2027, 6, 3));
        Map<String, Object> body = registration();
        body.put("programmes", programmes);
        body.put("heirs", List.of(heir("Dewi Lestari", "SPOUSE", "1992-02-03")));
        String id = api().body(body).post("/v1/participants").then().statusCode(201).extract().path("id");
        long monthly = programmes.contains("JHT") ? 36_800 : 16_800;
        idempotent().body(Map.of("participantId", id, "months", months, "amount", months * monthly, "channel", "COUNTER"))
                .post("/v1/contributions/payments").then().statusCode(201);
        return id;
    }

    static List<Map<String, Object>> documents(List<String> types) {
        List<Map<String, Object>> documents = new ArrayList<>();
        types.forEach(t -> documents.add(Map.of("type", t, "reference", "dms://cikarang/" + t.toLowerCase())));
        return documents;
    }

    static Map<String, Object> jkmClaim(String participantId, String eventDate, String relationship, List<String> docs) {
        Map<String, Object> claim = new HashMap<>();
        claim.put("participantId", participantId);
        claim.put("programme", "JKM");
        claim.put("eventDate", eventDate);
        claim.put("claimant", Map.of("fullName", "Dewi Lestari", "relationship", relationship,
                "bankAccount", Map.of("bank", "BJB", "number", "0012345678", "holder", "Dewi Lestari")));
        claim.put("documents", documents(docs));
        return claim;
    }

    static Map<String, Object> jkkClaim(String participantId, String eventDate, Map<String, Object> jkk, List<String> docs) {
        Map<String, Object> claim = new HashMap<>();
        claim.put("participantId", participantId);
        claim.put("programme", "JKK");
        claim.put("eventDate", eventDate);
        claim.put("claimant", Map.of("fullName", "Ahmad Fauzi", "relationship", "SELF"));
        claim.put("jkk", jkk);
        claim.put("documents", documents(docs));
        return claim;
    }

    static ValidatableResponse submit(Map<String, Object> claim) {
        return idempotent().body(claim).post("/v1/claims").then();
    }

    static ValidatableResponse move(String claimId, String to, String reason) {
        Map<String, Object> body = new HashMap<>(Map.of("to", to, "note", "checked at the Cikarang counter"));
        if (reason != null) {
            body.put("reason", reason);
        }
        return api().body(body).post("/v1/claims/" + claimId + "/transitions").then();
    }

    @Test
    void aJkmClaimWalksFromSubmissionToPaidAndClosesTheMembershipWithARefundForThePrepaidMonth() {
        String participant = protectedParticipant(List.of("JKK", "JKM"), 3); // June, July and August 2027
        clock.setDay(LocalDate.of(2027, 7, 12));
        String claim = submit(jkmClaim(participant, "2027-07-10", "SPOUSE", JKM_DOCUMENTS)).statusCode(201)
                .body("status", equalTo("SUBMITTED"))
                .body("eligible", equalTo(true))
                .body("reasons", empty())
                .body("benefits.code", contains("JKM_LUMP_SUM", "JKM_PERIODIC", "JKM_FUNERAL"))
                .body("total", equalTo(42_000_000)) // bpu-rules.md §4
                .body("missingDocuments", empty())
                .body("serviceLevelDueDate", equalTo("2027-07-15")) // 3 working days
                .extract().path("id");

        move(claim, "UNDER_VERIFICATION", null).statusCode(200);
        move(claim, "APPROVED", null).statusCode(200)
                .body("refunds.month", contains("2027-08"))
                .body("refunds[0].amount", equalTo(16_800))
                .body("refunds[0].payerId", nullValue()); // the participant paid it: the refund is the estate's
        api().get("/v1/participants/" + participant).then()
                .body("status", equalTo("ENDED"))
                .body("statusHistory.reason", hasItem("DECEASED"));
        idempotent().body(Map.of("participantId", participant, "months", 1, "amount", 16_800, "channel", "COUNTER"))
                .post("/v1/contributions/payments").then().statusCode(422).body("code", equalTo("MEMBERSHIP_CLOSED"));

        clock.setDay(LocalDate.of(2027, 7, 14));
        move(claim, "PAID", null).statusCode(200)
                .body("status", equalTo("PAID"))
                .body("paidOn", equalTo("2027-07-14"))
                .body("slaBreached", equalTo(false))
                .body("history.to", contains("SUBMITTED", "UNDER_VERIFICATION", "APPROVED", "PAID"))
                .body("history[3].note", equalTo("checked at the Cikarang counter"));
        api().get("/v1/participants/" + participant + "/claims").then().statusCode(200).body("id", contains(claim));
        api().queryParam("programme", "JKM").queryParam("status", "PAID").queryParam("limit", 200)
                .get("/v1/claims").then().statusCode(200).body("items.id", hasItem(claim));
    }

    @Test
    void aSecondJkmClaimForTheSameParticipantIsRefused() {
        String participant = protectedParticipant(List.of("JKK", "JKM"), 2);
        clock.setDay(LocalDate.of(2027, 7, 12));
        submit(jkmClaim(participant, "2027-07-10", "SPOUSE", JKM_DOCUMENTS)).statusCode(201);
        submit(jkmClaim(participant, "2027-07-10", "SPOUSE", JKM_DOCUMENTS)).statusCode(409)
                .body("code", equalTo("DUPLICATE_CLAIM"));
    }

    @Test
    void aJkkClaimWithMissingDocumentsGoesBackAndForthUntilTheyAreComplete() {
        String participant = protectedParticipant(List.of("JKK", "JKM"), 2);
        clock.setDay(LocalDate.of(2027, 6, 21));
        Map<String, Object> jkk = Map.of("accidentKind", "COMMUTING", "outcome", "TEMPORARY_INCAPACITY",
                "incapacityMonths", 2, "reportedAt", "2027-06-20T09:00:00+07:00");
        String claim = submit(jkkClaim(participant, "2027-06-18", jkk, JKK_DOCUMENTS.subList(0, 4))).statusCode(201)
                .body("eligible", equalTo(true))
                .body("benefits.code", contains("JKK_STMB"))
                .body("total", equalTo(2_000_000)) // 2 x 100 % of the Rp1,000,000 basis of June
                .body("missingDocuments", hasItems("POLICE_REPORT", "FORM_KK1", "BANK_BOOK"))
                .body("flags", empty())
                .body("$", not(org.hamcrest.Matchers.hasKey("serviceLevelDueDate")))
                .extract().path("id");

        move(claim, "UNDER_VERIFICATION", null).statusCode(409).body("code", equalTo("DOCUMENTS_MISSING"));
        move(claim, "DOCUMENTS_INCOMPLETE", null).statusCode(200).body("status", equalTo("DOCUMENTS_INCOMPLETE"));
        move(claim, "SUBMITTED", null).statusCode(409).body("code", equalTo("DOCUMENTS_MISSING"));

        clock.setDay(LocalDate.of(2027, 6, 23));
        api().body(Map.of("documents", documents(JKK_DOCUMENTS.subList(4, JKK_DOCUMENTS.size()))))
                .post("/v1/claims/" + claim + "/documents").then().statusCode(200)
                .body("missingDocuments", empty())
                .body("serviceLevelDueDate", equalTo("2027-07-02")); // 7 working days from 23 June
        move(claim, "SUBMITTED", null).statusCode(200);
        move(claim, "UNDER_VERIFICATION", null).statusCode(200)
                .body("history.to", contains("SUBMITTED", "DOCUMENTS_INCOMPLETE", "SUBMITTED", "UNDER_VERIFICATION"));
    }

    @Test
    void anAccidentInAnUnpaidMonthIsNotEligibleAndIsRejectedWithItsReason() {
        String participant = protectedParticipant(List.of("JKK", "JKM"), 1); // June only
        clock.setDay(LocalDate.of(2027, 7, 22));
        String claim = submit(jkkClaim(participant, "2027-07-20", Map.of("accidentKind", "AT_WORK", "outcome", "DEATH"),
                JKK_DOCUMENTS)).statusCode(201)
                .body("eligible", equalTo(false))
                .body("reasons", contains("EVENT_OUTSIDE_PROTECTION", "HEIR_NOT_ENTITLED"))
                .extract().path("id");
        move(claim, "UNDER_VERIFICATION", null).statusCode(409); // the death documents are missing too
        move(claim, "REJECTED", null).statusCode(400).body("errors[0].pointer", equalTo("/reason"));
        move(claim, "REJECTED", "EVENT_OUTSIDE_PROTECTION").statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("rejectionReason", equalTo("EVENT_OUTSIDE_PROTECTION"));
    }

    @Test
    void anIllegalTransitionIsRefused() {
        String participant = protectedParticipant(List.of("JKK", "JKM"), 1);
        clock.setDay(LocalDate.of(2027, 6, 21));
        String claim = submit(jkkClaim(participant, "2027-06-18", Map.of("accidentKind", "AT_WORK", "outcome",
                "PARTIAL_DISABILITY", "disabilityPercent", 10), JKK_DOCUMENTS)).statusCode(201)
                .body("total", equalTo(8_000_000)) // 10 % x 80 x Rp1,000,000
                .extract().path("id");
        move(claim, "PAID", null).statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"));
        move(claim, "APPROVED", null).statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"));
        move(claim, "REJECTED", "DOCUMENTS_INVALID").statusCode(200);
        move(claim, "SUBMITTED", null).statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"));
    }

    @Test
    void aLateAccidentReportIsFlaggedNotRefused() {
        String participant = protectedParticipant(List.of("JKK", "JKM"), 1);
        clock.setDay(LocalDate.of(2027, 6, 28));
        submit(jkkClaim(participant, "2027-06-18", Map.of("accidentKind", "AT_WORK", "outcome", "TEMPORARY_INCAPACITY",
                "incapacityMonths", 1, "reportedAt", "2027-06-25T10:00:00+07:00"), JKK_DOCUMENTS)).statusCode(201)
                .body("eligible", equalTo(true))
                .body("flags", contains("LATE_ACCIDENT_REPORT"));
    }

    @Test
    void aParentCannotClaimWhileASpouseIsAnHeir() {
        String participant = protectedParticipant(List.of("JKK", "JKM"), 2);
        clock.setDay(LocalDate.of(2027, 7, 12));
        submit(jkmClaim(participant, "2027-07-10", "PARENT", JKM_DOCUMENTS)).statusCode(201)
                .body("eligible", equalTo(false)).body("reasons", contains("HEIR_NOT_ENTITLED"));
    }

    @Test
    void aJhtClaimPaysTheBalanceWithItsReturn() {
        String participant = protectedParticipant(List.of("JKK", "JKM", "JHT"), 2); // JHT Rp20,000 a month
        clock.setDay(LocalDate.of(2027, 8, 2));
        Map<String, Object> claim = new HashMap<>(Map.of("participantId", participant, "programme", "JHT",
                "eventDate", "2027-08-01", "claimant", Map.of("fullName", "Ahmad Fauzi", "relationship", "SELF"),
                "jht", Map.of("reason", "STOPPED_WORKING")));
        submit(claim).statusCode(201)
                .body("eligible", equalTo(true))
                .body("benefits.code", contains("JHT_BALANCE"))
                .body("total", equalTo(40_250)) // 20,000 -> 20,083 -> 40,083 + 167 at 5 % a year
                .body("missingDocuments", hasItems("KARTU_KELUARGA", "JHT_REASON_EVIDENCE"));
    }

    @Test
    void aJhtClaimInAPaidMonthKeepsThatMonthsContribution() {
        // paid June, July and August on 3 June; stopped working on 10 July, claimed that day
        String participant = protectedParticipant(List.of("JKK", "JKM", "JHT"), 3);
        clock.setDay(LocalDate.of(2027, 7, 10));
        Map<String, Object> claim = new HashMap<>(Map.of("participantId", participant, "programme", "JHT",
                "eventDate", "2027-07-10", "claimant", Map.of("fullName", "Ahmad Fauzi", "relationship", "SELF"),
                "jht", Map.of("reason", "STOPPED_WORKING")));
        submit(claim).statusCode(201)
                .body("benefits.code", contains("JHT_BALANCE"))
                .body("total", equalTo(40_083)); // June 20,000 + its return 83, and July's 20,000 (PP 46/2015 art. 22)
    }

    @Test
    void anOpenClaimPastItsServiceLevelIsListedAsBreached() {
        String participant = protectedParticipant(List.of("JKK", "JKM"), 2);
        clock.setDay(LocalDate.of(2027, 7, 12));
        String claim = submit(jkmClaim(participant, "2027-07-10", "SPOUSE", JKM_DOCUMENTS)).statusCode(201)
                .extract().path("id");
        clock.setDay(LocalDate.of(2027, 7, 19));
        api().queryParam("slaBreached", true).queryParam("limit", 200).get("/v1/claims").then().statusCode(200)
                .body("items.id", hasItem(claim))
                .body("items.find { it.id == '" + claim + "' }.slaBreached", equalTo(true));
    }

    @Test
    void anUnknownClaimIsNotFound() {
        api().get("/v1/claims/" + UUID.randomUUID()).then().statusCode(404).body("code", equalTo("CLAIM_NOT_FOUND"));
    }
}
