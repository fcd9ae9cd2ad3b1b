package id.go.bekasikab.bpu.channel;

import static io.restassured.RestAssured.given;

import id.go.bekasikab.bpu.support.ApiTest;
import id.go.bekasikab.bpu.support.Contract;
import id.go.bekasikab.bpu.support.Fixtures;
import id.go.bekasikab.bpu.support.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Channels, participants and the three host-to-host steps, for the channel tests. */
abstract class ChannelTestSupport extends ApiTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    /** Registers a channel (as admin) and answers a token of one of its hosts. */
    static Channel channel(String type) {
        String code = type + "-" + SERIAL.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 6)
                .toUpperCase();
        String id = api().body(Map.of("code", code, "name", "Mitra " + code, "type", type)).post("/v1/channels")
                .then().statusCode(201).extract().path("id");
        return new Channel(id, Tokens.channel("h2h." + code.toLowerCase(), id), true);
    }

    /** A channel's host; a {@link #hostile} one sends what the contract forbids (its answers are still checked). */
    record Channel(String id, String token, boolean strict) {
        RequestSpecification call() {
            return strict ? as(token) : given().filter(Contract.responsesOnly()).contentType(ContentType.JSON)
                    .accept(ContentType.JSON).header("Authorization", "Bearer " + token);
        }

        Channel hostile() {
            return new Channel(id, token, false);
        }

        ValidatableResponse inquire(Map<String, Object> by) {
            return call().body(by).post("/v1/channel/inquiries").then();
        }

        String inquiryFor(String membershipNumber) {
            return inquire(Map.of("membershipNumber", membershipNumber)).statusCode(200).extract().path("inquiryId");
        }

        ValidatableResponse pay(String inquiryId, int months, long amount, String transactionId) {
            return call().body(Map.of("inquiryId", inquiryId, "months", months, "amount", amount,
                    "transactionId", transactionId)).post("/v1/channel/payments").then();
        }

        ValidatableResponse reverse(String transactionId, long amount) {
            return call().body(Map.of("transactionId", transactionId, "amount", amount, "reason", "teller timeout"))
                    .post("/v1/channel/reversals").then();
        }

        ValidatableResponse settle(String date, String csv) {
            return given().filter(Contract.validated()).header("Authorization", "Bearer " + token)
                    .contentType("text/csv").accept(ContentType.JSON).queryParam("date", date).body(csv)
                    .post("/v1/channel/settlements").then();
        }
    }

    /** Registers a general-sector worker (Rp16,800 a month) and answers id and membership number. */
    static String[] participant(String occupation) {
        Map<String, Object> body = Fixtures.registration();
        body.put("occupation", occupation);
        var created = api().body(body).post("/v1/participants").then().statusCode(201).extract();
        return new String[] {created.path("id"), created.path("membershipNumber"), (String) body.get("nik")};
    }

    static String transactionId() {
        return "TX" + UUID.randomUUID().toString().replace("-", "").substring(0, 20).toUpperCase();
    }
}
