package id.go.bekasikab.bpu.participant;

import static id.go.bekasikab.bpu.support.Fixtures.registration;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.anything;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bekasikab.bpu.support.ApiTest;
import id.go.bekasikab.bpu.support.Rows;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed and hostile requests: each gets a 4xx problem that matches the contract, never a 500, and the
 * database is unchanged after it.
 */
@QuarkusTest
class HostileRequestTest extends ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REGISTER = "/v1/participants";
    private static final String SEARCH = "/v1/participants/search";

    @Inject
    Rows rows;

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("hostileRequests")
    void aHostileRequestGetsAProblemAndWritesNothing(String description, String path, String contentType, byte[] body,
                                                     int status, String code, String fieldCode) {
        Map<String, Long> before = rows.snapshot();

        hostile().contentType(contentType).body(body).post(path).then()
                .statusCode(allOf(greaterThanOrEqualTo(400), lessThan(500)))
                .statusCode(status)
                .contentType("application/problem+json")
                .body("code", equalTo(code))
                .body("status", equalTo(status))
                .body("type", matchesPattern("https://bpu\\.bekasikab\\.go\\.id/problems/[a-z-]+"))
                .body("traceId", notNullValue())
                .body("errors.code", fieldCode == null ? anything() : hasItem(fieldCode));

        assertEquals(before, rows.snapshot(), description + " must not write");
    }

    static Stream<Arguments> hostileRequests() {
        List<Arguments> cases = new ArrayList<>();
        // Not JSON, or not an object
        raw(cases, "an unclosed object", "{", 400, "MALFORMED_JSON");
        raw(cases, "a truncated body", "{\"nik\":", 400, "MALFORMED_JSON");
        raw(cases, "single quotes", "{'nik':'3216201708900001'}", 400, "MALFORMED_JSON");
        raw(cases, "a trailing document", json(registration()) + " {}", 400, "MALFORMED_JSON");
        raw(cases, "duplicate keys", "{\"nik\":\"1\",\"nik\":\"2\"}", 400, "MALFORMED_JSON");
        raw(cases, "JSON null", "null", 400, "VALIDATION_FAILED");
        raw(cases, "an array", "[]", 400, "VALIDATION_FAILED");
        raw(cases, "a string", "\"participant\"", 400, "VALIDATION_FAILED");
        raw(cases, "a number", "42", 400, "VALIDATION_FAILED");
        raw(cases, "an empty body", "", 400, "VALIDATION_FAILED");
        raw(cases, "deeply nested arrays", "[".repeat(5_000) + "]".repeat(5_000), 400, "VALIDATION_FAILED");
        cases.add(Arguments.of("invalid UTF-8", REGISTER, "application/json",
                new byte[] {'{', '"', 'f', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"', '}'}, 400, "MALFORMED_JSON", null));
        // NIK
        field(cases, "nik", 3216201708900001L, "WRONG_TYPE");
        field(cases, "nik", "321620170890001", "INVALID_NIK");
        field(cases, "nik", "32162017089O0001", "INVALID_NIK");
        field(cases, "nik", "3216203208900001", "INVALID_NIK");
        field(cases, "nik", "3216201708910001", "NIK_BIRTH_DATE_MISMATCH");
        field(cases, "nik", "3216205708900001", "NIK_SEX_MISMATCH");
        field(cases, "nik", "' OR '1'='1' --", "INVALID_NIK");
        field(cases, "nik", "x".repeat(100_000), "INVALID_SIZE");
        // Names
        field(cases, "fullName", "A".repeat(10_000), "INVALID_SIZE");
        field(cases, "fullName", "Robert'); DROP TABLE participant;--", "INVALID_NAME");
        field(cases, "fullName", "<script>alert(1)</script>", "INVALID_NAME");
        field(cases, "fullName", "", "INVALID_NAME");
        field(cases, "fullName", "   ", "INVALID_NAME");
        field(cases, "fullName", "Budi\u0000Santoso", "CONTROL_CHARACTER"); // refused as it is read (issue #10)
        field(cases, "fullName", List.of("Ahmad"), "WRONG_TYPE");
        // Dates and enums
        field(cases, "birthDate", "yesterday", "INVALID_FORMAT");
        field(cases, "birthDate", "17-08-1990", "INVALID_FORMAT");
        field(cases, "birthDate", "2999-08-17", "DATE_NOT_IN_PAST");
        field(cases, "birthDate", 19900817, "WRONG_TYPE");
        field(cases, "sex", "OTHER", "UNKNOWN_ENUM_VALUE");
        field(cases, "sex", 1, "WRONG_TYPE");
        field(cases, "sex", "male", "UNKNOWN_ENUM_VALUE");
        field(cases, "occupation", "PILOT", "UNKNOWN_ENUM_VALUE");
        // Contact data and address
        field(cases, "phone", "abc", "INVALID_FORMAT");
        field(cases, "phone", "0812'; DELETE FROM participant; --", "INVALID_FORMAT");
        field(cases, "phone", "+1 555 0100", "INVALID_FORMAT");
        field(cases, "email", "not-an-email", "INVALID_EMAIL");
        field(cases, "email", "a".repeat(1_000) + "@example.id", "INVALID_EMAIL");
        field(cases, "address", "Jl. Raya Cikarang", "WRONG_TYPE");
        field(cases, "address", Map.of("line", "Jl. Raya", "regionCode", "32.16"), "INVALID_FORMAT");
        field(cases, "address", Map.of("line", "Jl. Raya", "regionCode", "32.16.20.2001' OR '1'='1"), "INVALID_FORMAT");
        field(cases, "address", Map.of("line", "Jl. Raya", "regionCode", "32.16.20.2001", "postalCode", "ABCDE"),
                "INVALID_FORMAT");
        field(cases, "address", Map.of("line", "x".repeat(10_000), "regionCode", "32.16.20.2001"), "INVALID_SIZE");
        field(cases, "address", Map.of("line", "Jl. Raya", "regionCode", "32.16.20.2001", "rt", "01"), "UNKNOWN_FIELD");
        // Money
        field(cases, "declaredIncome", -1, "OUT_OF_RANGE");
        field(cases, "declaredIncome", 1.5, "WRONG_TYPE");
        field(cases, "declaredIncome", "1000000", "WRONG_TYPE");
        field(cases, "declaredIncome", 1_000_000_001L, "OUT_OF_RANGE");
        raw(cases, "an income beyond a long", json(registration()).replace("1000000", "9223372036854775808"), 400,
                "VALIDATION_FAILED");
        raw(cases, "an income of 1e30", json(registration()).replace("1000000", "1e30"), 400, "VALIDATION_FAILED");
        // Programmes
        field(cases, "programmes", List.of("JKK", "JKM", "JP"), "PROGRAMME_NOT_FOR_BPU");
        field(cases, "programmes", List.of("JKK", "JKM", "JKP"), "PROGRAMME_NOT_FOR_BPU");
        field(cases, "programmes", List.of("JKK"), "JKK_AND_JKM_REQUIRED");
        field(cases, "programmes", List.of(), "EMPTY_LIST");
        field(cases, "programmes", List.of("JKK", "JKM", "JKM"), "DUPLICATE_PROGRAMME");
        field(cases, "programmes", List.of("JKK", "JKM", "XYZ"), "UNKNOWN_ENUM_VALUE");
        field(cases, "programmes", "JKK,JKM", "WRONG_TYPE");
        raw(cases, "a null programme", json(registration()).replace("[\"JKK\",\"JKM\"]", "[\"JKK\",null]"), 400,
                "VALIDATION_FAILED");
        // Heirs and unknown fields
        field(cases, "heirs", Map.of("fullName", "Rina"), "WRONG_TYPE");
        field(cases, "heirs", List.of(Map.of("fullName", "Rina", "relationship", "COUSIN", "birthDate", "2012-01-01")),
                "UNKNOWN_ENUM_VALUE");
        field(cases, "heirs", List.of(Map.of("fullName", "Rina", "relationship", "CHILD", "birthDate", "2012-01-01",
                "nik", "3216200201120001")), "NIK_BIRTH_DATE_MISMATCH");
        field(cases, "heirs", java.util.Collections.nCopies(21,
                Map.of("fullName", "Rina", "relationship", "CHILD", "birthDate", "2012-01-01")), "INVALID_SIZE");
        field(cases, "admin", true, "UNKNOWN_FIELD");
        field(cases, "status", "ACTIVE", "UNKNOWN_FIELD");
        // Transport
        cases.add(Arguments.of("a body over 1 MiB", REGISTER, "application/json",
                ("{\"fullName\":\"" + "a".repeat(1_100_000) + "\"}").getBytes(StandardCharsets.UTF_8), 413, "BODY_TOO_LARGE", null));
        cases.add(Arguments.of("plain text", REGISTER, "text/plain", bytes("nik=3216201708900001"), 415, "UNSUPPORTED_MEDIA_TYPE", null));
        cases.add(Arguments.of("XML", REGISTER, "application/xml", bytes("<participant/>"), 415, "UNSUPPORTED_MEDIA_TYPE", null));
        // Search
        cases.add(Arguments.of("a numeric NIK in a search", SEARCH, "application/json",
                bytes("{\"nik\":3216201708900001}"), 400, "VALIDATION_FAILED", null));
        cases.add(Arguments.of("SQL in a search", SEARCH, "application/json", bytes("{\"nik\":\"' OR 1=1 --\"}"), 400, "INVALID_NIK", null));
        cases.add(Arguments.of("an unknown search key", SEARCH, "application/json", bytes("{\"name\":\"Ahmad\"}"), 400, "VALIDATION_FAILED", null));
        return cases.stream();
    }

    private static void field(List<Arguments> cases, String field, Object value, String fieldCode) {
        Map<String, Object> body = new LinkedHashMap<>(registration());
        body.put(field, value);
        String shown = String.valueOf(value);
        cases.add(Arguments.of(field + " = " + (shown.length() > 40 ? shown.substring(0, 40) + "…" : shown) + " (" + fieldCode + ")",
                REGISTER, "application/json", bytes(json(body)), 400, "VALIDATION_FAILED", fieldCode));
    }

    private static void raw(List<Arguments> cases, String description, String body, int status, String code) {
        cases.add(Arguments.of(description, REGISTER, "application/json", bytes(body), status, code, null));
    }

    private static byte[] bytes(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }

    private static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
