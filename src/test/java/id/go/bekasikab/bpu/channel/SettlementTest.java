package id.go.bekasikab.bpu.channel;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.bekasikab.bpu.support.Contract;
import id.go.bekasikab.bpu.support.Rows;
import id.go.bekasikab.bpu.support.TestClock;
import id.go.bekasikab.bpu.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Issue #14: a channel's end-of-day settlement file, matched line by line against our payments and reversals. */
@QuarkusTest
class SettlementTest extends ChannelTestSupport {

    static final String HEADER = "date,transactionId,membershipNumber,months,amount\n";

    @Inject
    TestClock clock;

    @Inject
    Rows rows;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aFileWithOneMissingOneExtraAndOneMismatchedLineIsReportedExactlySo() {
        clock.setDay(LocalDate.of(2027, 6, 10));
        Channel bank = channel("BANK");
        String[] a = participant("PETANI");
        String[] b = participant("PEDAGANG");
        String[] c = participant("NELAYAN");
        String[] e = participant("PETANI");
        String matched = transactionId();
        String mismatched = transactionId();
        String missingTheirs = transactionId();
        String reversed = transactionId();
        String extra = transactionId();
        bank.pay(bank.inquiryFor(a[1]), 1, 16_800, matched).statusCode(201);
        bank.pay(bank.inquiryFor(b[1]), 2, 33_600, mismatched).statusCode(201);
        bank.pay(bank.inquiryFor(c[1]), 1, 16_800, missingTheirs).statusCode(201);
        bank.pay(bank.inquiryFor(e[1]), 1, 16_800, reversed).statusCode(201);
        bank.reverse(reversed, 16_800).statusCode(201);

        String file = HEADER
                + "2027-06-10," + matched + "," + a[1] + ",2027-06,16800\n"
                + "2027-06-10," + mismatched + "," + b[1] + ",2027-06;2027-07,16800\n"
                + "2027-06-10," + extra + "," + a[1] + ",2027-07,16800\n";
        var report = bank.settle("2027-06-10", file).statusCode(201)
                .header("Location", containsString("/v1/channel/settlements/"))
                .body("date", equalTo("2027-06-10"))
                .body("channelId", equalTo(bank.id()))
                .body("summary.fileLines", equalTo(3))
                .body("summary.fileAmount", equalTo(50_400))
                .body("summary.ourPayments", equalTo(3))
                .body("summary.ourAmount", equalTo(67_200))
                .body("summary.reversed", equalTo(1))
                .body("summary.reversedAmount", equalTo(16_800))
                .body("summary.matched", equalTo(1))
                .body("summary.matchedAmount", equalTo(16_800))
                .body("summary.missingOurs", equalTo(1))
                .body("summary.missingOursAmount", equalTo(16_800))
                .body("summary.missingTheirs", equalTo(1))
                .body("summary.missingTheirsAmount", equalTo(16_800))
                .body("summary.mismatched", equalTo(1))
                .body("summary.difference", equalTo(-16_800))
                .body("lines", hasSize(4))
                .extract();
        Map<String, String> outcomes = report.<List<Map<String, Object>>>path("lines").stream().collect(Collectors
                .toMap(l -> (String) l.get("transactionId"), l -> (String) l.get("outcome")));
        assertEquals(Map.of(matched, "MATCHED", mismatched, "AMOUNT_MISMATCH", extra, "MISSING_OURS",
                missingTheirs, "MISSING_THEIRS"), outcomes);
        String id = report.path("id");

        // the same file again is the same report; the report downloads as CSV
        bank.settle("2027-06-10", file).statusCode(200).body("id", equalTo(id));
        assertEquals(1, rows.count("select count(*) from settlement_report where channel_id = '" + bank.id() + "'"));
        String csv = given().filter(Contract.responsesOnly()).header("Authorization", "Bearer " + bank.token())
                .accept("text/csv").get("/v1/channel/settlements/" + id).then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        assertEquals(5, csv.lines().count());
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains("MISSING_THEIRS," + missingTheirs + ",,"));

        // who reads it: the channel itself and staff; another channel does not learn it exists
        Channel other = channel("BANK");
        other.call().get("/v1/channel/settlements/" + id).then().statusCode(404);
        as(Tokens.of("audit", null, "auditor")).get("/v1/channel/settlements/" + id).then().statusCode(200);
    }

    @Test
    void aFileInWhichAReversedPaymentStillAppearsSaysSoAndMonthsThatDifferAreADetailMismatch() {
        clock.setDay(LocalDate.of(2027, 6, 11));
        Channel post = channel("POST");
        String[] a = participant("PETANI");
        String[] b = participant("PETANI");
        String reversed = transactionId();
        String other = transactionId();
        post.pay(post.inquiryFor(a[1]), 1, 16_800, reversed).statusCode(201);
        post.reverse(reversed, 16_800).statusCode(201);
        post.pay(post.inquiryFor(b[1]), 1, 16_800, other).statusCode(201);
        post.settle("2027-06-11", HEADER + "2027-06-11," + reversed + "," + a[1] + ",2027-06,16800\n"
                        + "2027-06-11," + other + "," + b[1] + ",2027-07,16800\n").statusCode(201)
                .body("lines.outcome", equalTo(List.of("REVERSED", "DETAIL_MISMATCH")))
                .body("summary.matched", equalTo(0)).body("summary.mismatched", equalTo(2));
    }

    @Test
    void anOfficerReconcilesForANamedChannelAndAnEmptyDayIsAllMissingTheirs() {
        clock.setDay(LocalDate.of(2027, 6, 12));
        Channel agent = channel("AGENT");
        String[] a = participant("PETANI");
        String tx = transactionId();
        agent.pay(agent.inquiryFor(a[1]), 1, 16_800, tx).statusCode(201);
        given().filter(Contract.validated()).header("Authorization", "Bearer " + Tokens.staff())
                .contentType("text/csv").queryParam("date", "2027-06-12").queryParam("channelId", agent.id())
                .body(HEADER).post("/v1/channel/settlements").then().statusCode(201)
                .body("summary.missingTheirs", equalTo(1)).body("lines[0].transactionId", equalTo(tx));
        given().filter(Contract.responsesOnly()).header("Authorization", "Bearer " + Tokens.staff())
                .contentType("text/csv").queryParam("date", "2027-06-12").body(HEADER)
                .post("/v1/channel/settlements").then().statusCode(400).body("errors[0].pointer", equalTo("channelId"));
    }

    @Test
    void badFilesAndAbsurdDatesAreRefusedLineByLineAndNothingIsKept() {
        clock.setDay(LocalDate.of(2027, 6, 13));
        Channel bank = channel("BANK");
        Channel raw = bank.hostile();
        for (String date : List.of("9999-01-01", "2027-13-01", "2027-06-14", "tomorrow")) {
            settleRaw(raw, date, HEADER).statusCode(400);
        }
        settleRaw(raw, "2027-06-13", "tanggal,trx\n").statusCode(400).body("code", equalTo("INVALID_CSV_HEADER"));
        settleRaw(raw, "2027-06-13", "").statusCode(400).body("code", equalTo("INVALID_CSV_HEADER"));
        String m = participant("PETANI")[1];
        String bad = HEADER
                + "2027-06-12,TX1," + m + ",2027-06,16800\n"
                + "2027-06-13,TX\u00002," + m + ",2027-06,16800\n"
                + "2027-06-13,TX3,1234,2027-06,16800\n"
                + "2027-06-13,TX4," + m + ",2027-6,16800\n"
                + "2027-06-13,TX5," + m + ",2027-06,-5\n"
                + "2027-06-13,TX6," + m + ",2027-06,=1+1\n"
                + "2027-06-13,TX7," + m + ",2027-06\n";
        List<String> errors = settleRaw(raw, "2027-06-13", bad).statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .extract().path("errors.pointer");
        assertEquals(List.of("/lines/2/date", "/lines/3/transactionId", "/lines/4/membershipNumber", "/lines/5/months",
                "/lines/6/amount", "/lines/7/amount", "/lines/8"), errors);
        assertEquals(0, rows.count("select count(*) from settlement_report where channel_id = '" + bank.id() + "'"));
        as(Tokens.of("app", null, "mobile")).get("/v1/channel/settlements/" + bank.id()).then().statusCode(403);
        bank.call().get("/v1/channel/settlements/" + bank.id()).then().statusCode(404)
                .body("code", equalTo("SETTLEMENT_NOT_FOUND"));
    }

    @Test
    void twoUploadsOfOneFileAtOnceMakeOneReport() throws Exception {
        clock.setDay(LocalDate.of(2027, 6, 14));
        Channel bank = channel("EWALLET");
        String[] a = participant("PETANI");
        String tx = transactionId();
        bank.pay(bank.inquiryFor(a[1]), 1, 16_800, tx).statusCode(201);
        String file = HEADER + "2027-06-14," + tx + "," + a[1] + ",2027-06,16800\n";
        List<Integer> statuses = ChannelPaymentTest.race(6, () -> bank.settle("2027-06-14", file).extract()
                .statusCode());
        assertEquals(1, statuses.stream().filter(s -> s == 201).count());
        assertEquals(5, statuses.stream().filter(s -> s == 200).count());
        assertEquals(1, rows.count("select count(*) from settlement_report where channel_id = '" + bank.id() + "'"));
    }

    private static io.restassured.response.ValidatableResponse settleRaw(Channel channel, String date, String csv) {
        return given().filter(Contract.responsesOnly()).header("Authorization", "Bearer " + channel.token())
                .contentType("text/csv").queryParam("date", date).body(csv).post("/v1/channel/settlements").then();
    }
}
