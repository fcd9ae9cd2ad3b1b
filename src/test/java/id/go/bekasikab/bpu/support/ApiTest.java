package id.go.bekasikab.bpu.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;

/** The entry point of API tests: a request already bound to the contract. */
public abstract class ApiTest {

    protected static RequestSpecification api() {
        return given().filter(Contract.validated()).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** A money-moving request under a fresh Idempotency-Key. */
    protected static RequestSpecification idempotent() {
        return api().header("Idempotency-Key", UUID.randomUUID().toString());
    }

    protected static RequestSpecification hostile() {
        return given().filter(Contract.responsesOnly());
    }
}
