package id.go.bekasikab.bpu.contribution;

import static id.go.bekasikab.bpu.support.Fixtures.registration;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.bekasikab.bpu.support.ApiTest;
import id.go.bekasikab.bpu.support.Rows;
import id.go.bekasikab.bpu.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** contribution.due (issue #13): a few days before the due date, to members whose month is still open, once. */
@QuarkusTest
class DueReminderTest extends ApiTest {

    @Inject
    TestClock clock;

    @Inject
    Rows rows;

    @Inject
    DueReminder reminder;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private String paying(int months) {
        String id = api().body(registration()).post("/v1/participants").then().statusCode(201).extract().path("id");
        int due = api().get("/v1/participants/" + id + "/contributions").then().extract().path("summary.amountDueNow");
        idempotent().body(Map.of("participantId", id, "months", months, "amount", due * months, "channel", "COUNTER"))
                .post("/v1/contributions/payments").then().statusCode(201);
        return id;
    }

    private long told(String id) {
        return rows.count("select count(*) from event where type = 'contribution.due' and participant_id = '" + id
                + "' and data->>'month' = '2031-06'");
    }

    @Test
    void aMemberWhoseMonthIsOpenIsToldOnceAndOneWhoPaidAheadIsNot() {
        clock.setDay(LocalDate.of(2031, 5, 5));
        String open = paying(1);
        String ahead = paying(2);
        // June 2031's due date is Monday the 16th (the 15th is a Sunday): three days before it
        clock.setDay(LocalDate.of(2031, 6, 13));
        reminder.remind();
        reminder.remind();
        assertEquals(1, told(open));
        assertEquals(0, told(ahead));
        assertEquals("16800", rows.text("select data->>'amount' from event where type = 'contribution.due'"
                + " and participant_id = '" + open + "'"));
    }
}
