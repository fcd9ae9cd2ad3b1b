package id.go.bekasikab.bpu.participant;

import static id.go.bekasikab.bpu.support.Fixtures.registration;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.bekasikab.bpu.support.ApiTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ParticipantListTest extends ApiTest {

    @Test
    void pagingVisitsEveryParticipantOnceWhileOthersRegister() {
        // A district of its own so that other tests' participants do not interfere
        String district = "32.16.07";
        Set<String> registered = new HashSet<>();
        // its seven villages (Kemendagri codes: an address must name a village that exists)
        List<String> villages = List.of("1001", "2002", "2003", "2004", "2005", "2006", "2007");
        for (String village : villages) {
            registered.add(registerIn(district + "." + village));
        }

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = api().queryParam("regionCode", district).queryParam("limit", 3);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/v1/participants").then().statusCode(200)
                    .body("items.address.regionCode", everyItem(startsWith(district + ".")))
                    .extract().response();
            seen.addAll(page.path("items.id"));
            cursor = page.path("nextCursor");
            if (pages++ == 0) {
                registered.add(registerIn(district + ".2002")); // lands after the pages already read
            }
        } while (cursor != null);

        assertEquals(seen.size(), new HashSet<>(seen).size(), "no participant twice");
        assertEquals(registered, new HashSet<>(seen), "every participant, including the one added while paging");
        assertTrue(pages >= 3);
    }

    @Test
    void filtersCombineOnStatusOccupationAndRegion() {
        String marbot = registerIn("32.16.08.2001", "MARBOT");
        registerIn("32.16.08.2002", "NELAYAN");
        api().queryParam("status", "PENDING_FIRST_PAYMENT").queryParam("occupation", "MARBOT")
                .queryParam("regionCode", "32.16.08")
                .get("/v1/participants").then().statusCode(200)
                .body("items.id", equalTo(List.of(marbot)));
        // the regency prefix reaches the district; the occupation keeps the page independent of other tests' data
        api().queryParam("regionCode", "32.16").queryParam("occupation", "MARBOT").queryParam("limit", 200)
                .get("/v1/participants").then().statusCode(200)
                .body("items.id", hasItem(marbot));
    }

    @Test
    void badPagingParametersAreProblemsNotSilentDefaults() {
        hostile().queryParam("limit", 0).get("/v1/participants").then().statusCode(400)
                .body("errors[0].pointer", equalTo("limit"));
        hostile().queryParam("limit", 201).get("/v1/participants").then().statusCode(400);
        hostile().queryParam("limit", "ten").get("/v1/participants").then().statusCode(400)
                .body("errors[0].code", equalTo("WRONG_TYPE"));
        api().queryParam("cursor", "not-a-cursor").get("/v1/participants").then().statusCode(400)
                .body("code", equalTo("INVALID_CURSOR"));
        hostile().queryParam("status", "DEAD").get("/v1/participants").then().statusCode(400)
                .body("errors[0].code", equalTo("UNKNOWN_ENUM_VALUE"));
        hostile().queryParam("regionCode", "32.16%").get("/v1/participants").then().statusCode(400)
                .body("errors[0].pointer", equalTo("regionCode"));
    }

    private String registerIn(String regionCode) {
        return registerIn(regionCode, "PETANI");
    }

    private String registerIn(String regionCode, String occupation) {
        Map<String, Object> body = registration();
        body.put("address", Map.of("line", "Dusun Krajan", "regionCode", regionCode));
        body.put("occupation", occupation);
        return api().body(body).post("/v1/participants").then().statusCode(201).extract().path("id");
    }
}
