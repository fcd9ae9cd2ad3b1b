package id.go.bekasikab.bpu.platform;

import static id.go.bekasikab.bpu.support.Fixtures.registration;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.bekasikab.bpu.rules.Nik;
import id.go.bekasikab.bpu.support.ApiTest;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * No NIK in a log line, a URL (the access log) or a metric label. Runs after every other test class (see
 * junit-platform.properties), drives a full API run of its own, then searches the whole test log.
 */
@QuarkusTest
@Order(Integer.MAX_VALUE)
class LogScanTest extends ApiTest {

    private static final Pattern SIXTEEN_DIGITS = Pattern.compile("(?<![0-9])[0-9]{16}(?![0-9])");

    @Test
    void noNikAppearsInTheLogsOrTheMetricsOfAFullApiRun() throws IOException {
        Map<String, Object> body = registration();
        String nik = (String) body.get("nik");
        String id = api().body(body).post("/v1/participants").then().statusCode(201).extract().path("id");
        api().body(body).post("/v1/participants").then().statusCode(409);
        api().body(Map.of("nik", nik)).post("/v1/participants/search").then().statusCode(200);
        Map<String, Object> mismatched = registration();
        mismatched.put("nik", nik.substring(0, 6) + "3112" + nik.substring(10));
        hostile().contentType("application/json").body(mismatched).post("/v1/participants").then().statusCode(400);
        hostile().contentType("application/json").body("{\"nik\":" + nik + "}").post("/v1/participants").then()
                .statusCode(400);
        idempotent().body(Map.of("participantId", id, "months", 1, "amount", 999, "channel", "COUNTER"))
                .post("/v1/contributions/payments").then().statusCode(422);
        api().get("/v1/participants/" + id + "/contributions").then().statusCode(200);
        String payer = api().body(Map.of("type", "REGENCY", "fundingSource", "APBD", "name", "Pemkab Bekasi (log scan)",
                "regionCode", "32.16")).post("/v1/payers").then().statusCode(201).extract().path("id");
        request().contentType("text/csv").header("Idempotency-Key", UUID.randomUUID().toString())
                .body("nik,fullName,birthDate,sex,phone,email,addressLine,regionCode,occupation,declaredIncome\n"
                        + nik + ",Ahmad,1990-01-01,MALE,081234567890,,Kp. Pulo,32.16.20.2001,OJOL,1000000\n")
                .post("/v1/payers/" + payer + "/enrolments").then().statusCode(202);
        String metrics = io.restassured.RestAssured.given().port(KubernetesManifestTest.MANAGEMENT_TEST_PORT)
                .get("/q/metrics").then().statusCode(200).extract().asString();

        Path log = Path.of("target", "bpu-test.log");
        assertTrue(Files.exists(log), "the test profile writes its log to " + log);
        String text = Files.readString(log);
        assertTrue(text.contains("/v1/participants/search"), "the access log is in the file");
        assertEquals(List.of(), niks(text), "NIKs in the log");
        // a sample's value is a float whose fraction may run to 16 digits (0.7633…): only labels and names can hold a NIK
        String labels = metrics.lines().map(l -> l.startsWith("#") || l.lastIndexOf(' ') < 0 ? l
                : l.substring(0, l.lastIndexOf(' '))).collect(java.util.stream.Collectors.joining("\n"));
        assertEquals(List.of(), niks(labels), "NIKs in the metrics");
        assertTrue(!text.contains(nik) && !metrics.contains(nik));
    }

    /** Every 16-digit run that is a well-formed NIK (a UUID or a timestamp never is). */
    private static List<String> niks(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = SIXTEEN_DIGITS.matcher(text);
        while (m.find()) {
            if (Nik.isWellFormed(m.group())) {
                found.add(m.group().substring(0, 4) + "…");
            }
        }
        return found;
    }
}
