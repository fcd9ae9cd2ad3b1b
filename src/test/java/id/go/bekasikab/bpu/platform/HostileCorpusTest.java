package id.go.bekasikab.bpu.platform;

import static id.go.bekasikab.bpu.support.Fixtures.registration;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import id.go.bekasikab.bpu.support.ApiTest;
import id.go.bekasikab.bpu.support.Rows;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Over 2,000 generated hostile requests across every operation of the contract — mutated path and query values,
 * mutated fields of valid bodies, broken bodies and headers. None may answer 5xx; every 4xx is a problem with a
 * code; a refused request writes nothing.
 */
@QuarkusTest
class HostileCorpusTest extends ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> TABLES = List.of("participant", "heir", "payment", "contribution_line",
            "sponsorship", "payer", "claim", "enrolment_job", "identity_correction", "holiday", "contribution_rate");
    /** Values that have broken services before: wrong types, extremes, control characters, injections, odd dates. */
    private static final List<Object> HOSTILE_VALUES = List.of("", " ", "\u0000", "a\u0000b", "x".repeat(5_000),
            "' OR '1'='1", "<script>", "=1+1", "../../etc/passwd", "0000-01", "+10000-01-01", "2015-06", "9999-12-31",
            "1e999999999", "-1", "NaN", 0, -1, -999_999_999_999L, Long.MAX_VALUE, 1.5, 1e300, true,
            List.of(), List.of(1, 2), Map.of(), Map.of("a", Map.of("b", List.of())), "3216201708900001",
            "\uD83D\uDE00", "JP", "UNKNOWN");
    private static final List<String> PATH_VALUES = List.of("%00", "..%2F..", "x".repeat(300), "0", "-1",
            "01900000-0000-7000-8000-000000000000", "not-a-uuid", "%27%20OR%201%3D1", "2015-06", "0000-01", "%F0%9F%98%80");

    @Inject
    Rows rows;

    private final Random random = new Random(20261201);

    record Operation(String method, String path, List<String> query, boolean hasBody) {
    }

    @Test
    void twoThousandHostileRequestsEndIn4xxProblemsAndWriteNothing() throws IOException {
        List<Operation> operations = operations();
        assertTrue(operations.size() >= 35, "operations: " + operations.size());
        Map<String, Map<String, Object>> bodies = validBodies();
        int sent = 0;
        int refused = 0;
        Map<String, Long> before = counts();
        while (sent < 2_100) {
            for (Operation op : operations) {
                Response response = send(op, bodies);
                sent++;
                int status = response.statusCode();
                assertTrue(status < 500, op + " answered " + status + ": " + response.asString());
                if (status >= 400) {
                    refused++;
                    assertTrue(response.contentType().startsWith("application/problem+json"),
                            op + " answered " + status + " as " + response.contentType());
                    assertTrue(response.asString().contains("\"code\""), op + ": " + response.asString());
                    Map<String, Long> after = counts();
                    assertEquals(before, after, op + " was refused with " + status + " yet wrote");
                } else {
                    before = counts();
                }
            }
        }
        assertTrue(refused > 1_500, "refused " + refused + " of " + sent);
    }

    private Response send(Operation op, Map<String, Map<String, Object>> bodies) {
        String path = op.path();
        while (path.contains("{")) {
            int open = path.indexOf('{');
            path = path.substring(0, open) + pick(PATH_VALUES) + path.substring(path.indexOf('}') + 1);
        }
        RequestSpecification request = hostile().urlEncodingEnabled(false);
        for (String name : op.query()) {
            if (random.nextBoolean()) {
                request.queryParam(name, java.net.URLEncoder.encode(String.valueOf(pick(HOSTILE_VALUES)),
                        java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        switch (random.nextInt(4)) {
            case 0 -> request.header("Idempotency-Key", pick(List.of("", "not-a-uuid", "\u0001", UUID.randomUUID()
                    .toString())));
            case 1 -> request.header("If-Match", pick(List.of("*", "\"0\"", "W/\"1\"", "\"999999999999999999999\"")));
            default -> request.header("Idempotency-Key", UUID.randomUUID().toString());
        }
        if (op.hasBody()) {
            request.contentType(op.method().equals("patch") ? "application/merge-patch+json" : "application/json");
            request.body(body(op, bodies));
        }
        return request.request(op.method().toUpperCase(), path);
    }

    /** A valid body of the operation with one field mutated, or a broken document. */
    private String body(Operation op, Map<String, Map<String, Object>> bodies) {
        Map<String, Object> valid = bodies.getOrDefault(op.method() + " " + op.path(), Map.of("value", "x"));
        try {
            return switch (random.nextInt(6)) {
                case 0 -> pick(List.of("", "null", "[]", "\"text\"", "{", "{\"a\":1}{\"b\":2}", "{\"a\":1,\"a\":2}",
                        "[".repeat(2_000), "{\"nik\":3216201708900001}"));
                default -> {
                    Map<String, Object> mutated = new LinkedHashMap<>(valid);
                    List<String> keys = new ArrayList<>(mutated.keySet());
                    if (keys.isEmpty() || random.nextInt(5) == 0) {
                        mutated.put("unknownField" + random.nextInt(3), pick(HOSTILE_VALUES));
                    } else {
                        mutated.put(keys.get(random.nextInt(keys.size())), pick(HOSTILE_VALUES));
                    }
                    yield JSON.writeValueAsString(mutated);
                }
            };
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Map<String, Object>> validBodies() {
        Map<String, Map<String, Object>> bodies = new HashMap<>();
        Map<String, Object> reg = registration();
        bodies.put("post /v1/participants", reg);
        bodies.put("post /v1/participants/search", Map.of("nik", reg.get("nik")));
        bodies.put("patch /v1/participants/{id}", Map.of("phone", "081299990000"));
        bodies.put("post /v1/contributions/payments", Map.of("participantId", UUID.randomUUID().toString(), "months", 1,
                "amount", 16_800, "channel", "COUNTER"));
        bodies.put("post /v1/payers", Map.of("type", "WADAH", "fundingSource", "PRIVATE", "name", "Paguyuban",
                "regionCode", "32.16"));
        bodies.put("post /v1/payers/{id}/sponsorships", Map.of("participantId", UUID.randomUUID().toString(),
                "from", "2027-01"));
        bodies.put("post /v1/payers/{id}/payments", Map.of("months", List.of("2027-01"), "amount", 16_800,
                "transferReference", "SP2D-1"));
        bodies.put("post /v1/claims", Map.of("participantId", UUID.randomUUID().toString(), "programme", "JKM",
                "eventDate", "2026-11-01", "claimant", Map.of("fullName", "Dewi", "relationship", "SPOUSE")));
        bodies.put("post /v1/claims/{id}/transitions", Map.of("to", "UNDER_VERIFICATION"));
        bodies.put("post /v1/claims/{id}/documents", Map.of("documents", List.of(Map.of("type", "BANK_BOOK",
                "reference", "dms://x"))));
        bodies.put("post /v1/participants/{id}/corrections", Map.of("field", "FULL_NAME", "value", "Ahmad",
                "reason", "typo"));
        bodies.put("post /v1/participants/{id}/corrections/{correctionId}/decision", Map.of("approve", true));
        bodies.put("post /v1/participants/{id}/erasure", Map.of("reason", "consent withdrawn"));
        bodies.put("put /v1/reference/holidays/{day}", Map.of("name", "Libur", "kind", "NATIONAL", "source", "SKB"));
        return bodies;
    }

    private List<Operation> operations() throws IOException {
        JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(Path.of("openapi/bpu-api.yaml").toFile())
                .get("paths");
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            for (String method : List.of("get", "post", "put", "patch", "delete")) {
                JsonNode op = path.getValue().get(method);
                if (op == null) {
                    continue;
                }
                List<String> query = new ArrayList<>();
                for (JsonNode parameter : op.path("parameters")) {
                    if (parameter.path("in").asText().equals("query")) {
                        query.add(parameter.path("name").asText());
                    }
                }
                operations.add(new Operation(method, path.getKey(), query, op.has("requestBody")));
            }
        }
        return operations;
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        TABLES.forEach(t -> counts.put(t, rows.count("select count(*) from " + t)));
        return counts;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
