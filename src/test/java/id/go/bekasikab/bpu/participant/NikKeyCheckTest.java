package id.go.bekasikab.bpu.participant;

import static id.go.bekasikab.bpu.support.Fixtures.registration;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.bekasikab.bpu.platform.NikHasher;
import id.go.bekasikab.bpu.support.ApiTest;
import id.go.bekasikab.bpu.support.Rows;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The NIK hash key is pinned to the hashes it made (issue #12): another key is refused, a rotation re-hashes. */
@QuarkusTest
class NikKeyCheckTest extends ApiTest {

    private static final NikHasher RUNNING = NikHasher.withKey("test-only-nik-hash-key");
    private static final NikHasher ANOTHER = NikHasher.withKey("another-key-someone-set-by-mistake");

    @Inject
    NikKeyCheck check;

    @Inject
    Rows rows;

    @Test
    void theKeyThatStartedTheServiceIsRecordedAndAcceptedAgain() {
        assertEquals(1, rows.count("select count(*) from nik_hash_key where fingerprint = '" + RUNNING.fingerprint()
                + "'"));
        assertEquals(NikKeyCheck.Outcome.SAME_KEY, check.check(RUNNING, Optional.empty()));
    }

    @Test
    void aServiceStartedWithAnotherKeyIsRefusedWithTheVariableNamed() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> check.check(ANOTHER, Optional.empty()));
        assertTrue(refused.getMessage().startsWith("BPU_NIK_HASH_KEY is not the key"), refused.getMessage());
        // nothing was changed by the refusal
        assertEquals(NikKeyCheck.Outcome.SAME_KEY, check.check(RUNNING, Optional.empty()));
    }

    @Test
    void aDatabaseFromBeforeTheFingerprintIsCheckedAgainstItsHashesBeforeItsKeyIsRecorded() {
        api().body(registration()).post("/v1/participants").then().statusCode(201);
        rows.execute("delete from nik_hash_key");
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> check.check(ANOTHER, Optional.empty()));
        assertTrue(refused.getMessage().startsWith("BPU_NIK_HASH_KEY did not make"), refused.getMessage());
        assertEquals(NikKeyCheck.Outcome.RECORDED, check.check(RUNNING, Optional.empty()));
        assertEquals(NikKeyCheck.Outcome.SAME_KEY, check.check(RUNNING, Optional.empty()));
    }

    @Test
    void aRotationReHashesEveryNikAndTheOldNiksAreFoundAgain() {
        Map<String, Object> body = registration();
        String nik = (String) body.get("nik");
        String id = api().body(body).post("/v1/participants").then().statusCode(201).extract().path("id");

        assertEquals(NikKeyCheck.Outcome.ROTATED, check.check(ANOTHER, Optional.of(RUNNING)));
        assertEquals(ANOTHER.hash(nik), rows.text("select nik_hash from participant where id = '" + id + "'"));
        assertEquals(0, rows.count("select count(*) from participant where nik_hash = '" + RUNNING.hash(nik) + "'"));
        // the running service still hashes with its own key: rotate back, as a second rotation would
        assertEquals(NikKeyCheck.Outcome.ROTATED, check.check(RUNNING, Optional.of(ANOTHER)));

        api().body(Map.of("nik", nik)).post("/v1/participants/search").then().statusCode(200)
                .body("items[0].id", equalTo(id));
        api().body(registration()).post("/v1/participants").then().statusCode(201);
        Map<String, Object> again = registration();
        again.putAll(body);
        api().body(again).post("/v1/participants").then().statusCode(409);
    }
}
