package id.go.bekasikab.bpu.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;

/** The entry point of API tests: a request already bound to the contract. */
public abstract class ApiTest {

    private static final String STAFF = "Bearer " + Tokens.staff();

    /** A request as branch staff (officer and admin), with nothing else set. */
    protected static RequestSpecification request() {
        return given().header("Authorization", STAFF);
    }

    protected static RequestSpecification api() {
        return request().filter(Contract.validated()).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** A contract-validated request under another token (or none, when null). */
    protected static RequestSpecification as(String token) {
        RequestSpecification request = given().filter(Contract.validated()).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    /** A money-moving request under a fresh Idempotency-Key. */
    protected static RequestSpecification idempotent() {
        return api().header("Idempotency-Key", UUID.randomUUID().toString());
    }

    protected static RequestSpecification hostile() {
        return request().filter(Contract.responsesOnly());
    }
}
