package id.go.bekasikab.bpu.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;

import id.go.bekasikab.bpu.support.Contract;
import id.go.bekasikab.bpu.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every operation × every role: the roles the contract's x-roles and the README's matrix admit get past
 * authorisation (any answer but 401/403), every other role gets 403, no token gets 401.
 */
@QuarkusTest
class AuthorisationMatrixTest {

    static final List<String> ROLES = List.of("integration", "mobile", "officer", "auditor", "admin", "channel");
    static final String ID = UUID.randomUUID().toString();
    static final String CLAIM = "KLM20270101-00000001";

    record Operation(String method, String path, String body, Set<String> allowed) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static List<Operation> operations() {
        String p = "/v1/participants/" + ID;
        String payer = "/v1/payers/" + ID;
        return List.of(
                new Operation("POST", "/v1/participants", "{}", Set.of("mobile", "officer")),
                new Operation("GET", p, null, Set.of("mobile", "officer", "auditor", "integration")),
                new Operation("POST", "/v1/participants/search", "{}", Set.of("mobile", "officer", "auditor", "integration")),
                new Operation("GET", "/v1/participants", null, Set.of("officer", "auditor", "integration")),
                new Operation("PATCH", p, "{}", Set.of("mobile", "officer")),
                new Operation("GET", "/v1/contribution-quotes?declaredIncome=1", null,
                        Set.of("integration", "mobile", "officer", "auditor", "admin")),
                new Operation("GET", p + "/contributions", null, Set.of("mobile", "officer", "auditor", "integration")),
                new Operation("GET", p + "/coverage", null, Set.of("mobile", "officer", "auditor", "integration")),
                new Operation("POST", "/v1/contributions/payments", "{}", Set.of("mobile", "officer")),
                new Operation("GET", "/v1/receipts/BPU20270101-00000001", null, Set.of("mobile", "officer", "auditor", "integration")),
                new Operation("POST", "/v1/payers", "{}", Set.of("admin")),
                new Operation("GET", "/v1/payers", null, Set.of("admin", "auditor", "officer")),
                new Operation("GET", payer, null, Set.of("admin", "auditor", "officer", "integration")),
                new Operation("POST", payer + "/sponsorships", "{}", Set.of("integration", "officer", "admin")),
                new Operation("DELETE", payer + "/sponsorships/" + ID, null, Set.of("integration", "officer", "admin")),
                new Operation("GET", p + "/sponsorships", null, Set.of("mobile", "officer", "auditor", "integration")),
                new Operation("POST", payer + "/enrolments", "[]", Set.of("integration", "officer")),
                new Operation("GET", "/v1/jobs/" + ID, null, Set.of("integration", "officer", "auditor")),
                new Operation("GET", "/v1/jobs/" + ID + "/rows", null, Set.of("integration", "officer", "auditor")),
                new Operation("GET", payer + "/invoices/2027-01", null, Set.of("integration", "officer", "auditor")),
                new Operation("POST", payer + "/payments", "{}", Set.of("integration", "officer")),
                new Operation("GET", payer + "/payments/" + ID, null, Set.of("integration", "officer", "auditor")),
                new Operation("GET", "/v1/stats/coverage", null, Set.of("integration", "officer", "auditor", "admin")),
                new Operation("POST", "/v1/claims", "{}", Set.of("mobile", "officer")),
                new Operation("GET", "/v1/claims", null, Set.of("officer", "auditor")),
                new Operation("GET", "/v1/claims/" + ID, null, Set.of("mobile", "officer", "auditor")),
                new Operation("POST", "/v1/claims/" + ID + "/transitions", "{}", Set.of("officer")),
                new Operation("POST", "/v1/claims/" + ID + "/documents", "{}", Set.of("mobile", "officer")),
                new Operation("GET", p + "/claims", null, Set.of("mobile", "officer", "auditor")),
                new Operation("GET", "/v1/audit", null, Set.of("auditor")),
                new Operation("GET", p + "/personal-data", null, Set.of("mobile", "officer", "auditor")),
                new Operation("POST", p + "/corrections", "{}", Set.of("mobile", "officer")),
                new Operation("GET", p + "/corrections", null, Set.of("mobile", "officer", "auditor")),
                new Operation("POST", p + "/corrections/" + ID + "/decision", "{}", Set.of("officer")),
                new Operation("POST", p + "/erasure", "{}", Set.of("officer")),
                new Operation("GET", "/v1/reference/holidays", null, Set.of("admin", "officer", "auditor")),
                new Operation("PUT", "/v1/reference/holidays/2030-01-02", "{}", Set.of("admin")),
                new Operation("DELETE", "/v1/reference/holidays/2030-01-03", null, Set.of("admin")),
                new Operation("GET", "/v1/reference/rates", null, Set.of("admin", "officer", "auditor")),
                new Operation("POST", "/v1/reference/rates", "{}", Set.of("admin")),
                new Operation("POST", "/v1/channels", "{}", Set.of("admin")),
                new Operation("GET", "/v1/channels", null, Set.of("admin", "officer", "auditor")),
                new Operation("GET", "/v1/channels/" + ID, null, Set.of("admin", "officer", "auditor")),
                new Operation("POST", "/v1/channel/inquiries", "{}", Set.of("channel")),
                new Operation("POST", "/v1/channel/payments", "{}", Set.of("channel")),
                new Operation("GET", "/v1/channel/payments/TX1", null, Set.of("channel")),
                new Operation("POST", "/v1/channel/reversals", "{}", Set.of("channel")),
                new Operation("POST", "/v1/channel/settlements?date=2027-01-01", "x", Set.of("channel", "officer")),
                new Operation("GET", "/v1/channel/settlements/" + ID, null, Set.of("channel", "officer", "auditor")),
                new Operation("POST", "/v1/receipts/BPU20270101-00000001/reversal", "{}", Set.of("officer")),
                new Operation("GET", payer + "/credit", null, Set.of("integration", "officer", "auditor", "admin")),
                new Operation("POST", payer + "/credit/refunds", "{}", Set.of("officer")),
                new Operation("GET", "/v1/regions?parent=32.16", null,
                        Set.of("integration", "mobile", "officer", "auditor", "admin")),
                new Operation("GET", "/v1/regions/32.16", null,
                        Set.of("integration", "mobile", "officer", "auditor", "admin")));
    }

    private static String channel;

    /** A channel's token must name a registered channel to get past its own check (a 403 of another kind). */
    static synchronized String registeredChannel() {
        if (channel == null) {
            channel = given().header("Authorization", "Bearer " + Tokens.staff()).contentType("application/json")
                    .body("{\"code\":\"MATRIX-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase()
                            + "\",\"name\":\"Matrix bank\",\"type\":\"BANK\"}")
                    .post("/v1/channels").then().statusCode(201).extract().path("id");
        }
        return channel;
    }

    static Stream<Arguments> everyOperationAndRole() {
        List<Arguments> cases = new ArrayList<>();
        for (Operation operation : operations()) {
            for (String role : ROLES) {
                cases.add(Arguments.of(operation, role));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyOperationAndRole")
    void eachRoleIsAdmittedOrForbidden(Operation operation, String role) {
        String token = role.equals("channel") ? Tokens.channel("channel.caller", registeredChannel())
                : Tokens.of(role + ".caller", role.equals("integration") ? UUID.randomUUID() : null, role);
        var response = call(operation, given().header("Authorization", "Bearer " + token)
                .header("If-Match", "\"0\"").header("Idempotency-Key", UUID.randomUUID().toString())).then();
        if (operation.allowed().contains(role)) {
            response.statusCode(not(oneOf(401, 403)));
        } else {
            response.statusCode(403).contentType("application/problem+json").body("code", equalTo("FORBIDDEN"));
        }
    }

    @ParameterizedTest(name = "{0} without a token")
    @MethodSource("operations")
    void withoutATokenEveryOperationIs401(Operation operation) {
        call(operation, given()).then().statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .contentType("application/problem+json").body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void aTokenFromAnotherIssuerAnExpiredOneOrAForgedOneIs401() {
        String valid = Tokens.of("officer.cikarang", null, "officer");
        String[] parts = valid.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        String expired = io.smallrye.jwt.build.Jwt.issuer(Tokens.ISSUER).subject("x").groups("officer")
                .expiresAt(1_600_000_000L).jws().algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.RS256)
                .sign(Tokens.devKey());
        String otherIssuer = io.smallrye.jwt.build.Jwt.issuer("https://sso.example.invalid").subject("x")
                .groups("officer").expiresIn(3_600).jws().algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.RS256)
                .sign(Tokens.devKey());
        for (String token : List.of(forged, expired, otherIssuer, "not-a-jwt")) {
            given().filter(Contract.responsesOnly()).header("Authorization", "Bearer " + token)
                    .get("/v1/contribution-quotes?declaredIncome=1").then().statusCode(401)
                    .body("code", equalTo("UNAUTHENTICATED"));
        }
    }

    @Test
    void healthStaysOpen() {
        given().port(KubernetesManifestTest.MANAGEMENT_TEST_PORT).get("/q/health/ready").then().statusCode(200);
        given().port(KubernetesManifestTest.MANAGEMENT_TEST_PORT).get("/q/health/live").then().statusCode(200);
    }

    private static io.restassured.response.Response call(Operation operation, RequestSpecification request) {
        RequestSpecification spec = request.filter(Contract.responsesOnly());
        if (operation.body() != null) {
            spec = spec.contentType(operation.path().contains("/settlements") ? "text/csv" : "application/json")
                    .body(operation.body());
        }
        return switch (operation.method()) {
            case "GET" -> spec.get(operation.path());
            case "POST" -> spec.post(operation.path());
            case "PATCH" -> spec.contentType("application/merge-patch+json").patch(operation.path());
            case "PUT" -> spec.put(operation.path());
            default -> spec.delete(operation.path());
        };
    }
}
