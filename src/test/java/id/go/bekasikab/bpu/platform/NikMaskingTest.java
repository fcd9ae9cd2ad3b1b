package id.go.bekasikab.bpu.platform;

import static id.go.bekasikab.bpu.support.Fixtures.registration;
import static org.hamcrest.Matchers.equalTo;

import id.go.bekasikab.bpu.support.ApiTest;
import id.go.bekasikab.bpu.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** UU 27/2022: a NIK is shown whole only to roles that need it (officer, auditor). */
@QuarkusTest
class NikMaskingTest extends ApiTest {

    @ParameterizedTest(name = "{0} sees the NIK {1}")
    @CsvSource({"officer, whole", "auditor, whole", "mobile, masked"})
    void theNikIsMaskedUnlessTheRoleMaySeeIt(String role, String how) {
        Map<String, Object> body = registration();
        String nik = (String) body.get("nik");
        body.put("heirs", List.of(new java.util.HashMap<>(Map.of("fullName", "Dewi", "relationship", "SPOUSE",
                "birthDate", "1992-02-03", "nik", "3216204302920007"))));
        String id = api().body(body).post("/v1/participants").then().statusCode(201).extract().path("id");
        String expected = how.equals("whole") ? nik : nik.substring(0, 4) + "********" + nik.substring(12);
        String heirNik = how.equals("whole") ? "3216204302920007" : "3216********0007";

        String token = Tokens.of(role + ".one", null, role);
        as(token).get("/v1/participants/" + id).then().statusCode(200)
                .body("nik", equalTo(expected))
                .body("heirs[0].nik", equalTo(heirNik));
        as(token).body(Map.of("nik", nik)).post("/v1/participants/search").then().statusCode(200)
                .body("items[0].nik", equalTo(expected));
    }

    @ParameterizedTest(name = "registering as {0}, the answer shows the NIK {1}")
    @CsvSource({"mobile, masked", "officer, whole"})
    void theRegistrationAnswerIsMaskedForAMobileBackendToo(String role, String how) {
        Map<String, Object> body = registration();
        String nik = (String) body.get("nik");
        as(Tokens.of(role + ".two", null, role)).body(body).post("/v1/participants").then().statusCode(201)
                .body("nik", equalTo(how.equals("whole") ? nik : nik.substring(0, 4) + "********" + nik.substring(12)));
    }
}
