package id.go.bekasikab.bpu.platform;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import id.go.bekasikab.bpu.support.ApiTest;
import id.go.bekasikab.bpu.support.Contract;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Every failure, even outside the resources, answers RFC 9457 problem+json with a stable code and a trace id. */
@QuarkusTest
class ProblemFormatTest extends ApiTest {

    @Test
    void anUnknownPathIsANotFoundProblem() {
        request().get("/v1/nothing-here").then().statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("NOT_FOUND"))
                .body("status", equalTo(404));
    }

    @Test
    void anUnsupportedMethodIsAProblem() {
        request().filter(Contract.responsesOnly()).delete("/v1/participants").then().statusCode(405)
                .contentType("application/problem+json")
                .body("code", equalTo("METHOD_NOT_ALLOWED"));
    }

    @Test
    void theCallersRequestIdBecomesTheTraceId() {
        request().filter(Contract.responsesOnly()).header("X-Request-Id", "counter-7.20261124-0001")
                .get("/v1/participants/01900000-0000-7000-8000-000000000000").then().statusCode(404)
                .header("X-Request-Id", equalTo("counter-7.20261124-0001"))
                .body("traceId", equalTo("counter-7.20261124-0001"));
    }

    @Test
    void anUnsafeRequestIdIsReplacedNotEchoed() {
        request().header("X-Request-Id", "<script>").get("/v1/nothing-here").then().statusCode(404)
                .header("X-Request-Id", not(equalTo("<script>")));
    }

    @Test
    void problemsNeverCarryStackTracesOrClassNames() {
        request().filter(Contract.responsesOnly()).contentType("application/json").body("{\"nik\":")
                .post("/v1/participants").then().statusCode(400)
                .body("$", not(hasKey("stackTrace")))
                .body("detail", not(org.hamcrest.Matchers.containsString("com.fasterxml")));
    }
}
