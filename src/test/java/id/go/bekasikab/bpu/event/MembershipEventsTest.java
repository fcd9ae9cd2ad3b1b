package id.go.bekasikab.bpu.event;

import static id.go.bekasikab.bpu.support.Fixtures.registration;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.bekasikab.bpu.participant.MembershipService;
import id.go.bekasikab.bpu.support.ApiTest;
import id.go.bekasikab.bpu.support.Rows;
import id.go.bekasikab.bpu.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A membership's course as events (issue #13): activated, lapsing once per cycle, lapsed once, restarted. */
@QuarkusTest
class MembershipEventsTest extends ApiTest {

    @Inject
    TestClock clock;

    @Inject
    Rows rows;

    @Inject
    MembershipService memberships;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private long events(String type, String participantId) {
        return rows.count("select count(*) from event where type = '" + type + "' and participant_id = '"
                + participantId + "'");
    }

    private void pay(String id) {
        int due = api().get("/v1/participants/" + id + "/contributions").then().extract().path("summary.amountDueNow");
        idempotent().body(Map.of("participantId", id, "months", 1, "amount", due, "channel", "COUNTER"))
                .post("/v1/contributions/payments").then().statusCode(201);
    }

    @Test
    void aMembershipIsToldActivatedLapsingOnceLapsedOnceAndRestarted() {
        clock.setDay(LocalDate.of(2030, 3, 4));
        String id = api().body(registration()).post("/v1/participants").then().statusCode(201).extract().path("id");
        pay(id);
        assertEquals(1, events("membership.activated", id));
        LocalDate lapsesOn = LocalDate.parse(rows.text("select lapses_on from participant where id = '" + id + "'"));

        clock.setDay(lapsesOn.minusDays(3));
        memberships.remindLapsing(7, 1_000);
        memberships.remindLapsing(7, 1_000); // a second run, or another replica's, tells nothing again
        assertEquals(1, events("membership.lapsing", id));

        clock.setDay(lapsesOn.plusDays(1));
        while (memberships.recordLapses(500) == 500) {
            // every lapse due by now
        }
        memberships.recordLapses(500);
        assertEquals(1, events("membership.lapsed", id));

        pay(id);
        assertEquals(1, events("membership.restarted", id));
        assertEquals(1, events("membership.lapsed", id), "the restart does not tell the lapse again");
    }
}
