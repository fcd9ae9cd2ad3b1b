package id.go.bekasikab.bpu.platform;

import static id.go.bekasikab.bpu.support.Fixtures.registration;
import static id.go.bekasikab.bpu.support.Fixtures.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.bekasikab.bpu.support.ApiTest;
import id.go.bekasikab.bpu.support.SqlCapture;
import id.go.bekasikab.bpu.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue #18: a per-request operation reads what it answers, through an index, whatever the size of the tables. Each
 * statement the operations prepare is planned by PostgreSQL for any parameter values ({@code EXPLAIN (GENERIC_PLAN)})
 * with sequential scans priced out: a plan that still scans a large table has no index to use, and at 1 million
 * participants that scan is the request's whole cost. A plan, not a clock: nothing here is timed.
 */
@QuarkusTest
class QueryPlanTest extends ApiTest {

    /** The tables that grow with participants, payments and time; reference tables are small or read once. */
    static final List<String> LARGE = List.of("participant", "contribution_line", "payment", "sponsorship",
            "sponsored_programme", "heir", "participant_status_change", "audit_event", "event", "idempotency_record",
            "claim", "receipt_counter", "payment_reversal", "channel_inquiry", "webhook_delivery");
    private static final Pattern SEQ_SCAN = Pattern.compile("Seq Scan on (\\w+)");

    @Inject
    TestClock clock;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theOperationsOfOneParticipantUseAnIndexForEveryStatement() throws SQLException {
        clock.setDay(LocalDate.of(2027, 6, 3));
        Map<String, Object> registration = with(registration(), "occupation", "PEDAGANG");
        String nik = (String) registration.get("nik");
        String id = api().body(registration).post("/v1/participants").then().statusCode(201).extract().path("id");
        api().body(registration()).post("/v1/participants").then().statusCode(201);

        List<String> statements = SqlCapture.during(() -> {
            idempotent().body(Map.of("participantId", id, "months", 1, "amount", 16_800, "channel", "COUNTER"))
                    .post("/v1/contributions/payments").then().statusCode(201);
            api().get("/v1/participants/" + id).then().statusCode(200);
            api().get("/v1/participants/" + id + "/contributions").then().statusCode(200);
            api().get("/v1/participants/" + id + "/coverage").then().statusCode(200);
            api().body(Map.of("nik", nik)).post("/v1/participants/search").then().statusCode(200);
            String next = api().get("/v1/participants?regionCode=32.16.20.2001&status=ACTIVE&limit=1").then()
                    .statusCode(200).extract().path("nextCursor");
            if (next != null) {
                api().get("/v1/participants?regionCode=32.16.20.2001&status=ACTIVE&limit=1&cursor=" + next).then()
                        .statusCode(200);
            }
            api().get("/v1/participants?limit=1").then().statusCode(200);
        });

        List<String> scans = new ArrayList<>();
        for (String sql : statements) {
            for (String table : scansOf(sql)) {
                scans.add(table + " in: " + sql);
            }
        }
        assertTrue(statements.size() > 10, "the operations were captured: " + statements.size());
        assertTrue(scansOf("select id from participant where full_name = ?").contains("participant"),
                "a query without an index is seen to scan");
        assertEquals(List.of(), scans);
    }

    /** The large tables the statement's plan reads sequentially even with sequential scans priced out. */
    List<String> scansOf(String sql) throws SQLException {
        // the simple protocol: $1 in an EXPLAIN is the planner's unknown value, not a parameter to bind
        String simple = url + (url.contains("?") ? "&" : "?") + "preferQueryMode=simple";
        List<String> tables = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(simple, user, password); Statement s = c.createStatement()) {
            s.execute("set enable_seqscan = off");
            Matcher m = SEQ_SCAN.matcher(plan(s, sql));
            while (m.find()) {
                if (LARGE.contains(m.group(1))) {
                    tables.add(m.group(1));
                }
            }
        }
        return tables;
    }

    /** PostgreSQL's plan for the statement with any parameter values (JDBC's ? as $1, $2, … outside literals). */
    static String plan(Statement s, String sql) throws SQLException {
        StringBuilder numbered = new StringBuilder();
        boolean quoted = false;
        int n = 0;
        for (char ch : sql.toCharArray()) {
            if (ch == '\'') {
                quoted = !quoted;
            }
            if (ch == '?' && !quoted) {
                numbered.append('$').append(++n);
            } else {
                numbered.append(ch);
            }
        }
        StringBuilder plan = new StringBuilder();
        try (ResultSet rows = s.executeQuery("explain (generic_plan) " + numbered)) {
            while (rows.next()) {
                plan.append(rows.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }
}
