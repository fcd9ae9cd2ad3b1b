package id.go.bekasikab.bpu.participant;

import static id.go.bekasikab.bpu.support.Fixtures.heir;
import static id.go.bekasikab.bpu.support.Fixtures.registration;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.bekasikab.bpu.support.ApiTest;
import id.go.bekasikab.bpu.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The participant list filters by status in SQL, on the standing the ledger stores after each payment and
 * closure; what it returns for each status is exactly who reads that status one by one.
 */
@QuarkusTest
class ParticipantListAgreementTest extends ApiTest {

    private static final String DISTRICT = "32.16.11";
    /** The district's villages, as the Kemendagri codes have them. */
    private static final List<String> VILLAGES = List.of("1007", "2001", "2002", "2003", "2004", "2005", "2006", "2008");

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    String register(int village) {
        Map<String, Object> body = registration();
        body.put("address", Map.of("line", "Kp. Babakan", "regionCode", DISTRICT + "." + VILLAGES.get(village
                % VILLAGES.size())));
        body.put("heirs", List.of(heir("Siti Aminah", "SPOUSE", "1991-03-04")));
        return api().body(body).post("/v1/participants").then().statusCode(201).extract().path("id");
    }

    void pay(String id, int months) {
        idempotent().body(Map.of("participantId", id, "months", months, "amount", months * 16_800, "channel",
                "COUNTER")).post("/v1/contributions/payments").then().statusCode(201);
    }

    @Test
    void eachStatusFilterReturnsExactlyWhoReadsThatStatus() {
        clock.setDay(LocalDate.of(2028, 1, 10));
        String pending = register(1);
        String lapsed = register(2);
        pay(lapsed, 1); // January 2028 only
        String restarted = register(3);
        pay(restarted, 1);
        clock.setDay(LocalDate.of(2028, 3, 5));
        String active = register(4);
        pay(active, 2);
        String deceased = register(5);
        pay(deceased, 4); // March to June
        String approvedToday = register(6);
        pay(approvedToday, 4);

        clock.setDay(LocalDate.of(2028, 6, 20)); // January's lapse: the 4th unpaid month, May, was due 15 May
        pay(restarted, 1);
        approveDeath(deceased, "2028-06-18");
        approveDeath(approvedToday, "2028-06-20");

        Map<String, Set<String>> byStatus = new HashMap<>();
        for (String id : List.of(pending, lapsed, restarted, active, deceased, approvedToday)) {
            String status = api().get("/v1/participants/" + id).then().statusCode(200).extract().path("status");
            byStatus.computeIfAbsent(status, k -> new HashSet<>()).add(id);
        }
        assertEquals(Set.of(pending), byStatus.get("PENDING_FIRST_PAYMENT"));
        assertEquals(Set.of(restarted, active), byStatus.get("ACTIVE"));
        assertEquals(Set.of(lapsed, deceased, approvedToday), byStatus.get("ENDED"));
        for (String status : List.of("PENDING_FIRST_PAYMENT", "ACTIVE", "ENDED")) {
            List<String> listed = api().queryParam("status", status).queryParam("regionCode", DISTRICT)
                    .queryParam("limit", 200).get("/v1/participants").then().statusCode(200).extract().path("items.id");
            assertEquals(byStatus.get(status), new HashSet<>(listed), status);
        }
    }

    void approveDeath(String id, String day) {
        Map<String, Object> claim = new HashMap<>();
        claim.put("participantId", id);
        claim.put("programme", "JKM");
        claim.put("eventDate", day);
        claim.put("claimant", Map.of("fullName", "Siti Aminah", "relationship", "SPOUSE",
                "bankAccount", Map.of("bank", "BJB", "number", "0012345678", "holder", "Siti Aminah")));
        claim.put("documents", List.of("KARTU_PESERTA", "KTP_PARTICIPANT", "KTP_HEIRS", "DEATH_CERTIFICATE",
                "KARTU_KELUARGA", "HEIRSHIP_STATEMENT", "MARRIAGE_BOOK", "BANK_BOOK").stream()
                .map(t -> Map.of("type", t, "reference", "dms://" + t)).toList());
        String claimId = idempotent().body(claim).post("/v1/claims").then().statusCode(201).extract().path("id");
        api().body(Map.of("to", "UNDER_VERIFICATION")).post("/v1/claims/" + claimId + "/transitions").then()
                .statusCode(200);
        api().body(Map.of("to", "APPROVED")).post("/v1/claims/" + claimId + "/transitions").then().statusCode(200);
    }
}
