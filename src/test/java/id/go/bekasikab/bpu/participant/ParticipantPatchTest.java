package id.go.bekasikab.bpu.participant;

import static id.go.bekasikab.bpu.support.Fixtures.heir;
import static id.go.bekasikab.bpu.support.Fixtures.registration;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.bekasikab.bpu.support.ApiTest;
import id.go.bekasikab.bpu.support.Contract;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ParticipantPatchTest extends ApiTest {

    private static RequestSpecification patch(String etag) {
        // Without If-Match the request breaks the contract on purpose
        RequestSpecification request = request().filter(etag == null ? Contract.responsesOnly() : Contract.validated())
                .contentType("application/merge-patch+json").accept("application/json");
        return etag == null ? request : request.header("If-Match", etag);
    }

    private String register(Map<String, Object> body) {
        return api().body(body).post("/v1/participants").then().statusCode(201).extract().path("id");
    }

    @Test
    void contactAddressAndHeirsChangeWithTheCurrentEtag() {
        Map<String, Object> body = registration();
        body.put("email", "ahmad@example.id");
        String id = register(body);

        patch("\"0\"").body(Map.of(
                        "phone", "6285712345678",
                        "address", Map.of("line", "Perum Griya Asri Blok C2", "postalCode", "17530"),
                        "heirs", List.of(heir("Dewi Lestari", "SPOUSE", "1992-02-03"))))
                .patch("/v1/participants/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("phone", equalTo("+6285712345678"))
                .body("address.line", equalTo("Perum Griya Asri Blok C2"))
                .body("address.regionCode", equalTo("32.16.20.2001")) // merged, not replaced
                .body("address.postalCode", equalTo("17530"))
                .body("email", equalTo("ahmad@example.id"))
                .body("heirs.fullName", contains("Dewi Lestari"));

        Map<String, Object> removeEmail = new java.util.HashMap<>();
        removeEmail.put("email", null);
        patch("\"1\"").body(removeEmail).patch("/v1/participants/" + id).then().statusCode(200)
                .body("$", not(hasKey("email")));
    }

    @Test
    void addingJhtRaisesTheMonthlyContributionAndRemovingItLowersIt() {
        String id = register(registration());
        patch("\"0\"").body(Map.of("programmes", List.of("JKK", "JKM", "JHT")))
                .patch("/v1/participants/" + id).then().statusCode(200)
                .body("monthlyContribution.total", equalTo(36_800)); // bpu-rules.md §2: with JHT Rp36,800
        patch("\"1\"").body(Map.of("programmes", List.of("JKK", "JKM")))
                .patch("/v1/participants/" + id).then().statusCode(200)
                .body("monthlyContribution.total", equalTo(16_800));
    }

    @Test
    void changingOccupationChangesTheSector() {
        String id = register(registration());
        patch("\"0\"").body(Map.of("occupation", "NELAYAN")).patch("/v1/participants/" + id).then().statusCode(200)
                .body("sector", equalTo("GENERAL"));
    }

    @Test
    void withoutIfMatchThePatchIsRefusedWith428() {
        String id = register(registration());
        patch(null).body(Map.of("phone", "081299999999")).patch("/v1/participants/" + id).then().statusCode(428)
                .body("code", equalTo("PRECONDITION_REQUIRED"));
    }

    @Test
    void aStaleEtagIsRefusedWith412AndChangesNothing() {
        String id = register(registration());
        patch("\"0\"").body(Map.of("phone", "081211111111")).patch("/v1/participants/" + id).then().statusCode(200);
        patch("\"0\"").body(Map.of("phone", "081222222222")).patch("/v1/participants/" + id).then().statusCode(412)
                .body("code", equalTo("PRECONDITION_FAILED"));
        api().get("/v1/participants/" + id).then().body("phone", equalTo("+6281211111111"));
    }

    @Test
    void ofTwoConcurrentPatchesWithTheSameEtagOneWinsAndOneGets412() throws Exception {
        String id = register(registration());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (String phone : List.of("081233333333", "081244444444")) {
                results.add(pool.submit(() -> {
                    start.await();
                    return patch("\"0\"").body(Map.of("phone", phone)).patch("/v1/participants/" + id).statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            statuses.sort(Integer::compare);
            assertEquals(List.of(200, 412), statuses);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void identityFieldsAreNotPatchable() {
        String id = register(registration());
        request().filter(Contract.responsesOnly()).contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body(Map.of("nik", "3216201708900002", "birthDate", "1991-01-01", "status", "ACTIVE"))
                .patch("/v1/participants/" + id).then().statusCode(400)
                .body("errors.pointer", contains("/birthDate", "/nik", "/status"))
                .body("errors.code", contains("FIELD_NOT_PATCHABLE", "FIELD_NOT_PATCHABLE", "FIELD_NOT_PATCHABLE"));
    }

    @Test
    void aPatchThatWouldLeaveAnInvalidParticipantIsRefused() {
        String id = register(registration());
        request().filter(Contract.responsesOnly()).contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"programmes\":[\"JKK\",\"JP\"],\"phone\":null,\"declaredIncome\":-1}")
                .patch("/v1/participants/" + id).then().statusCode(400)
                .body("errors.pointer", contains("/declaredIncome", "/phone", "/programmes"))
                .body("errors.code", contains("OUT_OF_RANGE", "REQUIRED", "PROGRAMME_NOT_FOR_BPU"));
        api().get("/v1/participants/" + id).then().header("ETag", equalTo("\"0\""));
    }
}
