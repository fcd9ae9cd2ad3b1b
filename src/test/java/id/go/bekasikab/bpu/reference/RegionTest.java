package id.go.bekasikab.bpu.reference;

import static id.go.bekasikab.bpu.support.Fixtures.registration;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.bekasikab.bpu.payer.PayerTestSupport;
import id.go.bekasikab.bpu.support.ApiTest;
import id.go.bekasikab.bpu.support.Contract;
import id.go.bekasikab.bpu.support.Rows;
import id.go.bekasikab.bpu.support.TestClock;
import id.go.bekasikab.bpu.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue #15: addresses and payers on Kemendagri codes that exist (idn-area-data 4.0.1, ODbL), the domicile rule of a
 * regency's or village's own budget, and names next to the codes.
 */
@QuarkusTest
class RegionTest extends ApiTest {

    @Inject
    TestClock clock;

    @Inject
    Rows rows;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    static String registerIn(String village) {
        Map<String, Object> body = registration();
        body.put("address", Map.of("line", "Jl. Raya", "regionCode", village));
        return api().body(body).post("/v1/participants").then().statusCode(201).extract().path("id");
    }

    @Test
    void everyAreaOfIndonesiaIsLoadedWithItsSource() {
        assertEquals(38, rows.count("select count(*) from region where level = 'PROVINCE'"));
        assertEquals(514, rows.count("select count(*) from region where level = 'REGENCY'"));
        assertEquals(7_285, rows.count("select count(*) from region where level = 'DISTRICT'"));
        assertEquals(83_762, rows.count("select count(*) from region where level = 'VILLAGE'"));
        assertEquals("Open Database License (ODbL) 1.0", rows.text("select licence from region_source"
                + " where version = 'idn-area-data 4.0.1'"));
        // the attribution and the licence ship in the jar
        assertEquals(true, getClass().getClassLoader().getResource("reference/wilayah/LICENSE.md") != null);
    }

    @Test
    void anUnknownOrNonVillageCodeIsRefusedAndSaysWhichCode() {
        Map<String, Object> body = registration();
        body.put("address", Map.of("line", "Jl. Raya", "regionCode", "32.16.99.9999"));
        api().body(body).post("/v1/participants").then().statusCode(400)
                .body("errors[0].pointer", equalTo("/address/regionCode"))
                .body("errors[0].code", equalTo("UNKNOWN_REGION"))
                .body("errors[0].message", containsString("32.16.99.9999"));
        assertEquals(0, rows.count("select count(*) from participant where nik_hash is not null and region_code ="
                + " '32.16.99.9999'"));
        String id = registerIn("32.16.20.2002");
        api().header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body(Map.of("address", Map.of("regionCode", "32.16.20.9999"))).patch("/v1/participants/" + id)
                .then().statusCode(400).body("errors[0].code", equalTo("UNKNOWN_REGION"));
    }

    @Test
    void aPayersRegionExistsAtItsLevel() {
        Map<String, Object> regency = new HashMap<>(Map.of("type", "REGENCY", "fundingSource", "APBD", "name",
                "Pemerintah Kabupaten Bekasi", "regionCode", "32.16.20"));
        api().body(regency).post("/v1/payers").then().statusCode(400)
                .body("errors[0].code", equalTo("WRONG_REGION_LEVEL")).body("errors[0].pointer", equalTo("/regionCode"));
        regency.put("regionCode", "32.99");
        api().body(regency).post("/v1/payers").then().statusCode(400).body("errors[0].code", equalTo("UNKNOWN_REGION"))
                .body("errors[0].message", containsString("32.99"));
        regency.put("regionCode", "32.16");
        api().body(regency).post("/v1/payers").then().statusCode(201).body("regionName", equalTo("Kabupaten Bekasi"))
                .body("domicileRequired", equalTo(true));
        api().body(Map.of("type", "VILLAGE", "fundingSource", "APBDES", "name", "Desa Cicau", "regionCode", "32.16"))
                .post("/v1/payers").then().statusCode(400).body("errors[0].code", equalTo("WRONG_REGION_LEVEL"));
        api().body(Map.of("type", "WADAH", "fundingSource", "PRIVATE", "name", "Paguyuban Ojek", "regionCode",
                "32.16.20")).post("/v1/payers").then().statusCode(201).body("regionName", equalTo("Cikarang Pusat"))
                .body("domicileRequired", equalTo(false));
    }

    @Test
    void anApbdSponsorshipOfAWorkerInKotaBekasiIsRefusedAndOneInCikarangPusatAccepted() {
        clock.setDay(LocalDate.of(2027, 6, 3));
        String regency = PayerTestSupport.payer("REGENCY", "APBD", "Pemerintah Kabupaten Bekasi");
        String kotaBekasi = registerIn("32.75.01.1001");
        String cikarang = registerIn("32.16.20.2001");
        api().body(Map.of("participantId", kotaBekasi, "from", "2027-06")).post("/v1/payers/" + regency
                + "/sponsorships").then().statusCode(422).body("code", equalTo("OUTSIDE_PAYER_REGION"))
                .body("detail", containsString("32.16"))
                .body("detail", org.hamcrest.Matchers.not(containsString("32.75")));
        api().body(Map.of("participantId", cikarang, "from", "2027-06")).post("/v1/payers/" + regency
                + "/sponsorships").then().statusCode(201);

        // a payer registered without the rule, and a private payer, sponsor anyone
        String open = api().body(Map.of("type", "REGENCY", "fundingSource", "APBD", "name", "Pemkab (lintas wilayah)",
                "regionCode", "32.16", "domicileRequired", false)).post("/v1/payers").then().statusCode(201)
                .body("domicileRequired", equalTo(false)).extract().path("id");
        api().body(Map.of("participantId", kotaBekasi, "from", "2027-06", "programmes", List.of("JKK")))
                .post("/v1/payers/" + open + "/sponsorships").then().statusCode(201);
    }

    @Test
    void aBulkEnrolmentRefusesRowsOutsideTheRegencyAndSaysWhy() {
        clock.setDay(LocalDate.of(2027, 6, 3));
        String regency = PayerTestSupport.payer("REGENCY", "APBD", "Pemerintah Kabupaten Bekasi");
        String linkedOutside = registerIn("32.75.01.1002");
        String nikOutside = rows.text("select nik from participant where id = '" + linkedOutside + "'");
        String csv = PayerTestSupport.csvHeader() + "\n"
                + id.go.bekasikab.bpu.support.Fixtures.nik(LocalDate.of(1985, 1, 2), false)
                + ",Budi Santoso,1985-01-02,MALE,081234567891,,Kp. Cicau,32.16.20.2001,PETANI,1000000\n"
                + id.go.bekasikab.bpu.support.Fixtures.nik(LocalDate.of(1986, 3, 4), false)
                + ",Dedi Kurnia,1986-03-04,MALE,081234567892,,Jl. Bekasijaya,32.75.01.1001,PEDAGANG,1000000\n"
                + nikOutside + ",Ahmad Fauzi,1990-08-17,MALE,081234567890,,Jl. Margahayu,32.16.20.2001,OJOL,1000000\n"
                + id.go.bekasikab.bpu.support.Fixtures.nik(LocalDate.of(1987, 5, 6), false)
                + ",Eko Prasetyo,1987-05-06,MALE,081234567893,,Kp. Entah,32.16.99.9999,PETANI,1000000\n";
        String job = given().filter(Contract.validated()).header("Authorization", "Bearer " + Tokens.staff())
                .header("Idempotency-Key", UUID.randomUUID().toString()).contentType("text/csv").body(csv)
                .post("/v1/payers/" + regency + "/enrolments").then().statusCode(202).extract().path("id");
        PayerTestSupport.runJobs();
        api().get("/v1/jobs/" + job).then().body("state", equalTo("COMPLETED")).body("created", equalTo(1))
                .body("rejected", equalTo(3));
        api().queryParam("outcome", "REJECTED").get("/v1/jobs/" + job + "/rows").then().statusCode(200)
                .body("items.code", contains("OUTSIDE_PAYER_REGION", "OUTSIDE_PAYER_REGION", "UNKNOWN_REGION"))
                .body("items.field", everyItem(equalTo("regionCode")));
        assertEquals(0, rows.count("select count(*) from participant where full_name = 'Dedi Kurnia'"),
                "a refused row registers nobody");
    }

    @Test
    void pickersWalkTheAreasAndStatisticsNameTheRegencysDistricts() {
        api().get("/v1/regions").then().statusCode(200).body("items", hasSize(38)).body("items.code", hasItem("32"));
        api().queryParam("parent", "32.16").get("/v1/regions").then().statusCode(200).body("items", hasSize(23))
                .body("items.name", hasItem("Cikarang Pusat")).body("items.level", everyItem(equalTo("DISTRICT")));
        as(Tokens.of("app", null, "mobile")).queryParam("parent", "32.16.20").get("/v1/regions").then()
                .statusCode(200).body("items[0].code", equalTo("32.16.20.2001")).body("items[0].name", equalTo("Cicau"));
        api().get("/v1/regions/32.16").then().statusCode(200).body("name", equalTo("Kabupaten Bekasi"))
                .body("level", equalTo("REGENCY")).body("parentCode", equalTo("32")).body("current", equalTo(true));
        api().get("/v1/regions/32.99").then().statusCode(404).body("code", equalTo("REGION_NOT_FOUND"));
        hostile().get("/v1/regions/32.16%25").then().statusCode(400);
        hostile().queryParam("parent", "32.16.2\u0000").get("/v1/regions").then().statusCode(400);

        clock.setDay(LocalDate.of(2027, 6, 3));
        registerIn("32.16.20.2003");
        api().queryParam("month", "2027-06").queryParam("regionCode", "32.16").get("/v1/stats/coverage").then()
                .statusCode(200).body("groups", hasSize(23)).body("groups.name", hasItem("Cikarang Pusat"))
                .body("groups.name", everyItem(notNullValue())).body("regionCode", equalTo("32.16"));
        api().queryParam("month", "2027-06").queryParam("regionCode", "32.16.20").queryParam("groupBy", "village")
                .get("/v1/stats/coverage").then().statusCode(200)
                .body("groups.find { it.key == '32.16.20.2003' }.name", equalTo("Pasiranji"))
                .body("groups.find { it.key == '32.16.20.2003' }.participants", org.hamcrest.Matchers.greaterThan(0));
        hostile().queryParam("regionCode", "32.99").get("/v1/stats/coverage").then().statusCode(400)
                .body("errors[0].code", equalTo("UNKNOWN_REGION"));
    }

    @Test
    void theInvoiceCsvCarriesTheDistrictAndVillageNames() {
        clock.setDay(LocalDate.of(2027, 6, 3));
        String village = PayerTestSupport.payer("VILLAGE", "APBDES", "Pemerintah Desa Cicau");
        String worker = registerIn("32.16.20.2001");
        PayerTestSupport.sponsor(village, worker, "2027-06");
        String csv = request().accept("text/csv").get("/v1/payers/" + village + "/invoices/2027-06").then()
                .statusCode(200).extract().asString();
        assertEquals("membershipNumber,participantId,month,programmes,incomeBasis,gross,discount,amount,paid,"
                + "receiptNumber,regionCode,district,village", csv.lines().findFirst().orElseThrow());
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains(",32.16.20.2001,Cikarang Pusat,Cicau"), csv);
        api().get("/v1/payers/" + village + "/invoices/2027-06").then().body("items[0].regionCode",
                equalTo("32.16.20.2001"));
    }
}
