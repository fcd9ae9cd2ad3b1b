package id.go.bekasikab.bpu.participant;

import static id.go.bekasikab.bpu.support.Fixtures.registration;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import id.go.bekasikab.bpu.support.ApiTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ParticipantSearchTest extends ApiTest {

    @Test
    void aParticipantIsFoundByNikWithoutTheNikEverBeingInAUrl() {
        Map<String, Object> body = registration();
        String id = api().body(body).post("/v1/participants").then().statusCode(201).extract().path("id");

        api().body(Map.of("nik", body.get("nik"))).post("/v1/participants/search").then().statusCode(200)
                .body("items.id", contains(id))
                .body("items[0].statusHistory", nullValue());
    }

    @Test
    void aParticipantIsFoundByMembershipNumber() {
        Response created = api().body(registration()).post("/v1/participants").then().statusCode(201).extract().response();
        api().body(Map.of("membershipNumber", created.path("membershipNumber")))
                .post("/v1/participants/search").then().statusCode(200)
                .body("items.id", contains((String) created.path("id")));
    }

    @Test
    void aMembershipNumberWithOneWrongDigitIsRejectedNotSearched() {
        String number = api().body(registration()).post("/v1/participants").then().statusCode(201)
                .extract().path("membershipNumber");
        char last = number.charAt(10);
        String typo = number.substring(0, 10) + (char) ('0' + (last - '0' + 1) % 10);
        api().body(Map.of("membershipNumber", typo)).post("/v1/participants/search").then().statusCode(400)
                .body("code", equalTo("INVALID_MEMBERSHIP_NUMBER"))
                .body("errors[0].pointer", equalTo("/membershipNumber"));
    }

    @Test
    void aMalformedNikIsRejected() {
        api().body(Map.of("nik", "3216203208900001")).post("/v1/participants/search").then().statusCode(400)
                .body("code", equalTo("INVALID_NIK"));
    }

    @Test
    void anUnknownNikFindsNothing() {
        api().body(Map.of("nik", "9999011501990001")).post("/v1/participants/search").then().statusCode(200)
                .body("items", empty());
    }

    @Test
    void exactlyOneKeyMustBeGiven() {
        api().body(Map.of()).post("/v1/participants/search").then().statusCode(400)
                .body("errors[0].code", equalTo("EXACTLY_ONE_REQUIRED"));
        api().body(Map.of("nik", "3216201708900001", "membershipNumber", "10000000003"))
                .post("/v1/participants/search").then().statusCode(400)
                .body("errors[0].code", equalTo("EXACTLY_ONE_REQUIRED"));
    }
}
