package id.go.bekasikab.bpu.platform;

import static id.go.bekasikab.bpu.support.Fixtures.registration;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.bekasikab.bpu.support.ApiTest;
import id.go.bekasikab.bpu.support.Contract;
import id.go.bekasikab.bpu.support.Rows;
import id.go.bekasikab.bpu.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditTest extends ApiTest {

    static final String AUDITOR = Tokens.of("auditor.inspektorat", null, "auditor");

    @Inject
    Rows rows;

    @Test
    void writesAndUnmaskedReadsAreAuditedWithWhoWhyAndBeforeAndAfter() {
        Map<String, Object> body = registration();
        String id = api().header("X-Purpose", "registration at the Cikarang counter").body(body)
                .post("/v1/participants").then().statusCode(201).extract().path("id");
        api().header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body(Map.of("phone", "081299990000")).patch("/v1/participants/" + id).then().statusCode(200);
        api().header("X-Purpose", "claim verification").get("/v1/participants/" + id).then().statusCode(200);
        as(Tokens.of("mobile.app", null, "mobile")).get("/v1/participants/" + id).then().statusCode(200);

        as(AUDITOR).queryParam("subjectId", id).get("/v1/audit").then().statusCode(200)
                .body("items.action", contains("participant.register", "participant.patch",
                        "participant.read-unmasked")) // the mobile read was masked: not an unmasked read
                .body("items[0].actor", equalTo("officer.cikarang"))
                .body("items[0].roles", equalTo("admin,officer"))
                .body("items[0].client", equalTo("bpu-tests"))
                .body("items[0].purpose", equalTo("registration at the Cikarang counter"))
                .body("items[0].after.nik", equalTo(body.get("nik")))
                .body("items[1].before.phone", equalTo("+6281234567890"))
                .body("items[1].after.phone", equalTo("+6281299990000"))
                .body("items[2].purpose", equalTo("claim verification"));
        as(AUDITOR).queryParam("actor", "officer.cikarang").queryParam("limit", 200).get("/v1/audit").then()
                .statusCode(200).body("items.actor", not(hasItem("mobile.app")));
    }

    @Test
    void onlyAuditorsReadTheTrail() {
        api().get("/v1/audit").then().statusCode(403);
        given().filter(Contract.responsesOnly()).header("Authorization", "Bearer " + AUDITOR)
                .queryParam("from", "yesterday").get("/v1/audit")
                .then().statusCode(400).body("errors[0].pointer", equalTo("from"));
    }

    @Test
    void theServicesOwnDatabaseUserCannotChangeOrDeleteAuditRows() {
        api().body(registration()).post("/v1/participants").then().statusCode(201);
        assertTrue(rows.count("select count(*) from audit_event") > 0);
        RuntimeException update = assertThrows(RuntimeException.class,
                () -> rows.execute("update audit_event set actor = 'someone-else'"));
        assertTrue(update.getCause().getMessage().contains("append-only"));
        assertThrows(RuntimeException.class, () -> rows.execute("delete from audit_event"));
        assertThrows(RuntimeException.class, () -> rows.execute("truncate audit_event"));
    }
}
