package id.go.bekasikab.bpu.payer;

import static id.go.bekasikab.bpu.support.Fixtures.registration;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.bekasikab.bpu.support.ApiTest;
import id.go.bekasikab.bpu.support.Contract;
import id.go.bekasikab.bpu.support.Fixtures;
import id.go.bekasikab.bpu.support.Rows;
import id.go.bekasikab.bpu.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PayerTest extends ApiTest {

    @Inject
    TestClock clock;

    @Inject
    EnrolmentWorker worker;

    @Inject
    Rows rows;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    static String payer(String type, String funding, String name) {
        // a village payer's region is a village: Cicau (Cikarang Pusat), where Fixtures' workers live
        String region = type.equals("VILLAGE") ? "32.16.20.2001" : "32.16";
        return api().body(Map.of("type", type, "fundingSource", funding, "name", name, "regionCode", region,
                        "contact", Map.of("name", "Bidang Jaminan Sosial", "phone", "0218901234")))
                .post("/v1/payers").then().statusCode(201).extract().path("id");
    }

    String participant() {
        return api().body(registration()).post("/v1/participants").then().statusCode(201).extract().path("id");
    }

    static Response sponsor(String payerId, String participantId, String from, String to) {
        Map<String, Object> body = new HashMap<>(Map.of("participantId", participantId, "from", from));
        if (to != null) {
            body.put("to", to);
        }
        return request().filter(Contract.responsesOnly()).contentType("application/json").body(body)
                .post("/v1/payers/" + payerId + "/sponsorships");
    }

    static Response bulkPay(String payerId, Map<String, Object> body) {
        return idempotent().body(body).post("/v1/payers/" + payerId + "/payments");
    }

    @Test
    void aPayerIsCreatedReadAndListed() {
        String id = payer("WADAH", "PRIVATE", "Paguyuban Ojek Pangkalan Cikarang");
        api().get("/v1/payers/" + id).then().statusCode(200)
                .body("type", equalTo("WADAH")).body("contact.phone", equalTo("0218901234"));
        api().queryParam("limit", 200).get("/v1/payers").then().statusCode(200).body("items.id", hasItem(id));
        api().get("/v1/payers/" + UUID.randomUUID()).then().statusCode(404).body("code", equalTo("PAYER_NOT_FOUND"));
    }

    @Test
    void aSecondPayerSponsoringAnOverlappingMonthIsRefusedNamingTheFirst() {
        clock.setDay(LocalDate.of(2026, 5, 4));
        String regency = payer("REGENCY", "APBD", "Pemerintah Kabupaten Bekasi");
        String donor = payer("DONOR", "PRIVATE", "CSR PT Cikarang Makmur");
        String worker = participant();
        sponsor(regency, worker, "2026-05", "2026-12").then().statusCode(201).body("programmes", contains("JKK", "JKM"));
        sponsor(donor, worker, "2026-12", null).then().statusCode(409)
                .body("code", equalTo("DOUBLE_SPONSORSHIP"))
                .body("detail", containsString("Pemerintah Kabupaten Bekasi"));
        sponsor(donor, worker, "2027-01", null).then().statusCode(201);
        api().get("/v1/participants/" + worker + "/sponsorships").then().statusCode(200)
                .body("payerName", contains("Pemerintah Kabupaten Bekasi", "CSR PT Cikarang Makmur"));
    }

    @Test
    void endingASponsorshipGivesTheLaterMonthsBackToTheParticipant() {
        clock.setDay(LocalDate.of(2026, 5, 4));
        String regency = payer("REGENCY", "APBD", "Pemkab Bekasi");
        String worker = participant();
        String sponsorship = sponsor(regency, worker, "2026-05", null).then().statusCode(201).extract().path("id");
        api().queryParam("from", "2026-08").delete("/v1/payers/" + regency + "/sponsorships/" + sponsorship)
                .then().statusCode(200).body("to", equalTo("2026-07"));
        api().queryParam("from", "2026-05").queryParam("to", "2026-08")
                .get("/v1/participants/" + worker + "/contributions").then().statusCode(200)
                .body("months.payer.name", contains("Pemkab Bekasi", "Pemkab Bekasi", "Pemkab Bekasi"))
                .body("months[3].ownShare", equalTo(8_400)); // August is the participant's again, discounted
    }

    @Test
    void aSponsoredParticipantDoesNotPayTheSponsoredMonthsThemself() {
        clock.setDay(LocalDate.of(2026, 5, 4));
        String regency = payer("REGENCY", "APBD", "Pemkab Bekasi");
        String worker = participant();
        sponsor(regency, worker, "2026-05", "2026-05").then().statusCode(201);
        api().get("/v1/participants/" + worker + "/contributions").then().statusCode(200)
                .body("months[0].ownShare", equalTo(0))
                .body("months[0].net", equalTo(16_800)) // APBD: no PP 50/2025 discount, even in 2026-05
                .body("summary.amountDueNow", equalTo(0));
        // the participant's own oldest open month is June, the first one the regency does not pay
        idempotent().body(Map.of("participantId", worker, "periods",
                        List.of("2026-05"), "amount", 16_800, "channel", "COUNTER"))
                .post("/v1/contributions/payments").then().statusCode(422).body("code", equalTo("MONTH_SPONSORED"))
                .body("detail", containsString("Pemkab Bekasi"));
    }

    @Test
    void aRegencyEnrolsAThousandRowCsvPaysItsInvoiceAndEveryWorkerIsProtected() {
        clock.setDay(LocalDate.of(2026, 5, 4));
        String regency = payer("REGENCY", "APBD", "Pemerintah Kabupaten Bekasi");
        String csv = thousandRowsWithTenBad();
        String key = UUID.randomUUID().toString();

        Response accepted = request().filter(Contract.responsesOnly()).contentType("text/csv")
                .header("Idempotency-Key", key).body(csv)
                .post("/v1/payers/" + regency + "/enrolments").then().statusCode(202)
                .body("state", equalTo("QUEUED")).body("total", equalTo(1_000))
                .extract().response();
        String job = accepted.path("id");
        worker.drain();

        api().get(accepted.header("Location")).then().statusCode(200)
                .body("state", equalTo("COMPLETED"))
                .body("created", equalTo(990)).body("linked", equalTo(0)).body("rejected", equalTo(10))
                .body("progressPercent", equalTo(100));
        api().queryParam("outcome", "REJECTED").get("/v1/jobs/" + job + "/rows").then().statusCode(200)
                .body("items", hasSize(10))
                .body("items.row", contains(1, 101, 201, 301, 401, 501, 601, 701, 801, 901))
                .body("items.code", hasItem("INVALID_NIK"))
                .body("items.code", hasItem("NIK_BIRTH_DATE_MISMATCH"))
                .body("items.field", hasItem("nik"));

        // The same file again, under a new key: the same job, nothing duplicated
        long participants = rows.count("select count(*) from participant");
        request().filter(Contract.responsesOnly()).contentType("text/csv")
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(csv)
                .post("/v1/payers/" + regency + "/enrolments").then().statusCode(202).body("id", equalTo(job));
        worker.drain();
        assertEquals(participants, rows.count("select count(*) from participant"));
        assertEquals(990, rows.count("select count(*) from sponsorship where payer_id = '" + regency + "'"));

        // The month's invoice: 990 x Rp16,800, no discount for APBD even in 2026-05
        api().get("/v1/payers/" + regency + "/invoices/2026-05").then().statusCode(200)
                .body("lines", equalTo(990)).body("total", equalTo(990 * 16_800))
                .body("outstanding", equalTo(990 * 16_800))
                .body("items.discount", everyItem(equalTo(0)));
        request().accept("text/csv").get("/v1/payers/" + regency + "/invoices/2026-05").then().statusCode(200)
                .contentType(containsString("text/csv"))
                .body(containsString("membershipNumber,participantId,month,programmes,incomeBasis,gross,discount,amount"));

        // A dry run writes nothing; a short payment is refused with the shortfall
        long payments = rows.count("select count(*) from payment");
        bulkPay(regency, Map.of("months", List.of("2026-05"), "amount", 990 * 16_800, "transferReference",
                "APBD-DRY-1", "dryRun", true)).then().statusCode(200)
                .body("dryRun", equalTo(true)).body("settled", hasSize(990)).body("credit", equalTo(0));
        assertEquals(payments, rows.count("select count(*) from payment"));
        bulkPay(regency, Map.of("months", List.of("2026-05"), "amount", 990 * 16_800 - 100, "transferReference",
                "APBD-SHORT-1")).then().statusCode(422)
                .body("code", equalTo("SHORTFALL")).body("errors[0].message", equalTo("short by 100"));
        assertEquals(payments, rows.count("select count(*) from payment"));

        // Exactly the invoice: every line settled with a receipt, every worker protected from that day
        clock.setDay(LocalDate.of(2026, 5, 6));
        Response paid = bulkPay(regency, Map.of("months", List.of("2026-05"), "amount", 990 * 16_800,
                "transferReference", "SP2D-2026-05-0001")).then().statusCode(201)
                .body("settled", hasSize(990)).body("unsettled", hasSize(0)).body("credit", equalTo(0))
                // in the payers' receipt book, apart from the participants' own payments
                .body("settled.receiptNumber", everyItem(startsWith("BPP20260506-")))
                .extract().response();
        api().get(paid.header("Location")).then().statusCode(200)
                .body("settled", hasSize(990)).body("settledAmount", equalTo(990 * 16_800));
        api().get("/v1/payers/" + regency + "/invoices/2026-05").then()
                .body("outstanding", equalTo(0)).body("items.paid", everyItem(equalTo(true)));
        api().queryParam("month", "2026-05").queryParam("payerId", regency).queryParam("groupBy", "status")
                .get("/v1/stats/coverage").then().statusCode(200)
                .body("total.participants", equalTo(990)).body("total.protectedParticipants", equalTo(990))
                .body("total.amountPaid", equalTo(990 * 16_800))
                .body("groups.key", contains("ACTIVE"));
        String anyWorker = paid.path("settled[500].participantId");
        api().queryParam("date", "2026-05-06").get("/v1/participants/" + anyWorker + "/coverage").then()
                .body("protected", equalTo(true));

        // The same transfer reference never pays twice
        bulkPay(regency, Map.of("months", List.of("2026-05"), "amount", 16_800, "transferReference",
                "SP2D-2026-05-0001")).then().statusCode(409).body("code", equalTo("DUPLICATE_TRANSFER_REFERENCE"));
    }

    @Test
    void aPartialPaymentSettlesWholeLinesInOrderAndAnOverpaymentBecomesCredit() {
        clock.setDay(LocalDate.of(2027, 6, 3));
        String village = payer("VILLAGE", "APBDES", "Pemerintah Desa Sukamahi");
        List<String> workers = List.of(participant(), participant(), participant());
        workers.forEach(w -> sponsor(village, w, "2027-06", null).then().statusCode(201));

        Response partial = bulkPay(village, Map.of("months", List.of("2027-06"), "amount", 2 * 16_800 + 5_000,
                "transferReference", "DESA-01", "allowPartial", true)).then().statusCode(201)
                .body("settled", hasSize(2)).body("unsettled", hasSize(1))
                .body("credit", equalTo(5_000)).body("shortfall", equalTo(16_800))
                .extract().response();
        List<String> order = partial.path("settled.membershipNumber");
        assertEquals(order.stream().sorted().toList(), order);

        bulkPay(village, Map.of("months", List.of("2027-06"), "amount", 20_000, "transferReference", "DESA-02"))
                .then().statusCode(201).body("settled", hasSize(1)).body("credit", equalTo(3_200));
    }

    @Test
    void aKilledJobResumesWithoutDuplicates() {
        worker.drain(); // no other test's job ahead of this one in the queue
        clock.setDay(LocalDate.of(2027, 6, 3));
        String wadah = payer("WADAH", "PRIVATE", "Koperasi Nelayan Muara Gembong");
        StringBuilder csv = new StringBuilder(id.go.bekasikab.bpu.payer.EnrolmentService.CSV_HEADER).append('\n');
        for (int i = 0; i < 1_200; i++) {
            csv.append(csvRow(Fixtures.nik(LocalDate.of(1980, 1, 1).plusDays(i % 300), false),
                    LocalDate.of(1980, 1, 1).plusDays(i % 300)));
        }
        String job = request().filter(Contract.responsesOnly()).contentType("text/csv")
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(csv.toString())
                .post("/v1/payers/" + wadah + "/enrolments").then().statusCode(202).extract().path("id");

        // A replica claims the job, commits one chunk, and dies holding the lease
        assertEquals(UUID.fromString(job), worker.claim());
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() ->
                enrolments.processChunk(UUID.fromString(job), worker.owner(), 500, java.time.Duration.ofMinutes(1)));
        rows.count("select count(*) from enrolment_job"); // the chunk is committed
        assertEquals(500, rows.count("select count(*) from enrolment_row where job_id = '" + job + "' and outcome is not null"));
        rows.execute("update enrolment_job set lease_owner = 'a-replica-that-died', lease_until = now() - interval '1 second'"
                + " where id = '" + job + "'");

        worker.drain();
        api().get("/v1/jobs/" + job).then().body("state", equalTo("COMPLETED"))
                .body("processed", equalTo(1_200)).body("created", equalTo(1_200));
        assertEquals(1_200, rows.count("select count(distinct participant_id) from enrolment_row where job_id = '" + job + "'"));
        assertEquals(1_200, rows.count("select count(*) from sponsorship where payer_id = '" + wadah + "'"));
    }

    @Inject
    EnrolmentProcessor enrolments;

    @Test
    void aReplicaStoppedGracefullyHandsItsJobBackAndADeadOnesJobResumesWithinFifteenSeconds() {
        worker.drain();
        clock.setDay(LocalDate.of(2027, 6, 3));
        String wadah = payer("WADAH", "PRIVATE", "Koperasi Pedagang Pasar Cikarang");
        StringBuilder csv = new StringBuilder(id.go.bekasikab.bpu.payer.EnrolmentService.CSV_HEADER).append('\n');
        for (int i = 0; i < 700; i++) {
            LocalDate born = LocalDate.of(1982, 1, 1).plusDays(i);
            csv.append(csvRow(Fixtures.nik(born, false), born));
        }
        String job = request().filter(Contract.responsesOnly()).contentType("text/csv")
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(csv.toString())
                .post("/v1/payers/" + wadah + "/enrolments").then().statusCode(202).extract().path("id");
        assertEquals(UUID.fromString(job), worker.claim());
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> enrolments.processChunk(
                UUID.fromString(job), worker.owner(), 500, java.time.Duration.ofSeconds(10)));

        // the shutdown hook gives the lease back: the job is claimable at once, and carries on where it stopped
        assertEquals(1, worker.release());
        assertEquals(1, rows.count("select count(*) from enrolment_job where id = '" + job + "' and lease_until is null"));
        worker.drain();
        api().get("/v1/jobs/" + job).then().body("state", equalTo("COMPLETED")).body("created", equalTo(700));

        // a replica that dies cannot hand anything back: its lease, renewed with each chunk, and the poll bound the wait
        var config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
        java.time.Duration lease = config.getValue("bpu.enrolment.lease", java.time.Duration.class);
        java.time.Duration poll = java.time.Duration.parse("PT" + config.getValue("bpu.enrolment.poll-every", String.class));
        assertTrue(lease.plus(poll).compareTo(java.time.Duration.ofSeconds(15)) <= 0, lease + " + " + poll);
    }

    @Test
    void theWorkerRunsAJobFromAThreadOutsideAnyRequest() {
        clock.setDay(LocalDate.of(2027, 6, 3));
        String wadah = payer("WADAH", "PRIVATE", "Paguyuban Marbot Cikarang Utara");
        LocalDate born = LocalDate.of(1975, 3, 3);
        String job = request().filter(Contract.responsesOnly()).contentType("text/csv")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(id.go.bekasikab.bpu.payer.EnrolmentService.CSV_HEADER + "\n" + csvRow(Fixtures.nik(born, false), born))
                .post("/v1/payers/" + wadah + "/enrolments").then().statusCode(202).extract().path("id");
        // the executor and the scheduler call the worker on threads with no request of their own
        java.util.concurrent.CompletableFuture.runAsync(worker::drain).join();
        api().get("/v1/jobs/" + job).then().body("state", equalTo("COMPLETED")).body("created", equalTo(1));
    }

    static String csvRow(String nik, LocalDate birthDate) {
        return String.join(",", nik, "\"Siti, Nur'aini\"", birthDate.toString(), "MALE", "081234567890", "",
                "Kp. Muara RT 01/02", "32.16.01.2001", "NELAYAN", "1000000") + "\n";
    }

    /** 1,000 workers of Kabupaten Bekasi; every 100th row (rows 1, 101, …) is bad in its own way. */
    static String thousandRowsWithTenBad() {
        StringBuilder csv = new StringBuilder(id.go.bekasikab.bpu.payer.EnrolmentService.CSV_HEADER).append("\r\n");
        List<String> bad = List.of(
                "3216203208900001,Ahmad,1990-08-17,MALE,081234567890,,Kp. Pulo,32.16.20.2001,OJOL,1000000",
                "3216201708900002,Ahmad,1990-08-18,MALE,081234567890,,Kp. Pulo,32.16.20.2001,OJOL,1000000",
                "3216201708900003,Ahmad,17-08-1990,MALE,081234567890,,Kp. Pulo,32.16.20.2001,OJOL,1000000",
                "3216201708900004,Ahmad,1990-08-17,PRIA,081234567890,,Kp. Pulo,32.16.20.2001,OJOL,1000000",
                "3216201708900005,Ahmad,1990-08-17,MALE,12345,,Kp. Pulo,32.16.20.2001,OJOL,1000000",
                "3216201708900006,Ahmad,1990-08-17,MALE,081234567890,,Kp. Pulo,32.16,OJOL,1000000",
                "3216201708900007,Ahmad,1990-08-17,MALE,081234567890,,Kp. Pulo,32.16.20.2001,PILOT,1000000",
                "3216201708900008,Ahmad,1990-08-17,MALE,081234567890,,Kp. Pulo,32.16.20.2001,OJOL,satu juta",
                "3216201708900009,Robert'); DROP TABLE participant;--,1990-08-17,MALE,081234567890,,Kp. Pulo,32.16.20.2001,OJOL,1000000",
                "3216201708900010,Ahmad,1990-08-17,MALE");
        for (int i = 0; i < 1_000; i++) {
            if (i % 100 == 0) {
                csv.append(bad.get(i / 100)).append("\r\n");
            } else {
                LocalDate born = LocalDate.of(1970, 1, 1).plusDays(i * 13L);
                csv.append(csvRow(Fixtures.nik(born, false), born).replace("\n", "\r\n"));
            }
        }
        return csv.toString();
    }
}
