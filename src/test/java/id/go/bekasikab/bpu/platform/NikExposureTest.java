package id.go.bekasikab.bpu.platform;

import static id.go.bekasikab.bpu.support.Fixtures.registration;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.bekasikab.bpu.payer.PayerTestSupport;
import id.go.bekasikab.bpu.rules.Nik;
import id.go.bekasikab.bpu.support.ApiTest;
import id.go.bekasikab.bpu.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.Filter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * UU 27/2022: for every role that sees NIKs masked, no response body of a full run carries a NIK in full — the
 * personal-data export's audit snapshots and stored replays included.
 */
@QuarkusTest
class NikExposureTest extends ApiTest {

    private static final Pattern SIXTEEN_DIGITS = Pattern.compile("(?<![0-9])[0-9]{16}(?![0-9])");

    @Test
    void noMaskedRoleReadsAWholeNikAnywhere() {
        Map<String, Object> body = registration();
        String nik = (String) body.get("nik");
        body.put("heirs", List.of(new HashMap<>(Map.of("fullName", "Dewi Lestari", "relationship", "SPOUSE",
                "birthDate", "1992-02-03", "nik", "3216204302920007"))));
        String id = api().body(body).post("/v1/participants").then().statusCode(201).extract().path("id");
        String etag = api().get("/v1/participants/" + id).then().extract().header("ETag");
        // writes whose audit snapshots hold the NIKs: a patch, a NIK correction and its decision
        api().header("If-Match", etag).contentType("application/merge-patch+json")
                .body(Map.of("phone", "081299998888")).patch("/v1/participants/" + id).then().statusCode(200);
        String correction = api().body(Map.of("field", "NIK", "value", nik, "reason", "typo at the counter"))
                .post("/v1/participants/" + id + "/corrections").then().statusCode(201).extract().path("id");
        api().body(Map.of("approve", false, "note", "same value")).post("/v1/participants/" + id + "/corrections/"
                + correction + "/decision").then().statusCode(200);
        String payer = PayerTestSupport.payer("VILLAGE", "APBDES", "Pemerintah Desa Mekarsari");
        PayerTestSupport.sponsor(payer, id, java.time.YearMonth.now().toString());

        List<String> bodies = new ArrayList<>();
        Filter collect = (request, response, ctx) -> {
            var answer = ctx.next(request, response);
            bodies.add(answer.asString());
            return answer;
        };
        Map<String, String> tokens = Map.of(
                "mobile", Tokens.of("mobile.app", null, "mobile"),
                "integration", Tokens.of("sistem.desa", UUID.fromString(payer), "integration"));
        for (Map.Entry<String, String> role : tokens.entrySet()) {
            bodies.clear();
            String token = role.getValue();
            as(token).filter(collect).get("/v1/participants/" + id);
            as(token).filter(collect).body(Map.of("nik", nik)).post("/v1/participants/search");
            as(token).filter(collect).queryParam("limit", 200).get("/v1/participants");
            as(token).filter(collect).get("/v1/participants/" + id + "/contributions");
            as(token).filter(collect).get("/v1/participants/" + id + "/sponsorships");
            as(token).filter(collect).get("/v1/participants/" + id + "/corrections");
            as(token).filter(collect).get("/v1/participants/" + id + "/personal-data");
            as(token).filter(collect).get("/v1/participants/" + id + "/claims");
            assertTrue(bodies.size() >= 8);
            for (String answer : bodies) {
                Matcher m = SIXTEEN_DIGITS.matcher(answer);
                while (m.find()) {
                    assertTrue(!Nik.isWellFormed(m.group()), role.getKey() + " read a whole NIK: "
                            + answer.substring(Math.max(0, m.start() - 120), Math.min(answer.length(), m.end() + 20)));
                }
            }
        }
        // staff still read them whole
        String export = api().get("/v1/participants/" + id + "/personal-data").then().statusCode(200).extract().asString();
        assertTrue(export.contains(nik));
        assertEquals(-1, bodies.stream().filter(b -> b.contains(nik)).findAny().map(b -> 0).orElse(-1));
    }
}
