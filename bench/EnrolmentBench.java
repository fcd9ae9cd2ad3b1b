import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue #4's benchmark: enrol 100,000 CSV rows through the API and time the invoice of 100,000 sponsored
 * participants. Run by bench/run.sh against the packaged service on a real PostgreSQL. Prints a baseline measured
 * in the same run (sequential quote requests) so that figures from noisy machines can be compared as ratios.
 */
public class EnrolmentBench {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static String base;
    static String token;

    /** A village of each of Kabupaten Bekasi's 23 districts (Kemendagri codes: an address must name one that exists). */
    private static final String[] VILLAGES = {
        "32.16.01.1007", "32.16.02.1006", "32.16.03.2001", "32.16.04.2001", "32.16.05.2001", "32.16.06.1001",
        "32.16.07.1001", "32.16.08.1008", "32.16.09.2001", "32.16.10.2001", "32.16.11.1007", "32.16.12.2001",
        "32.16.13.1011", "32.16.14.2001", "32.16.15.2001", "32.16.16.2001", "32.16.17.2001", "32.16.18.2001",
        "32.16.19.2001", "32.16.20.2001", "32.16.21.2001", "32.16.22.2001", "32.16.23.2001"};

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("token")) { // bench/scale.sh: just the token, for curl
            System.out.println(token(args[1]));
            return;
        }
        base = args.length > 0 ? args[0] : "http://localhost:8080";
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        token = token(args.length > 2 ? args[2] : "target/bench-issuer/private.pem");

        double quotesPerSecond = baseline(2_000);
        System.out.printf("baseline: %,.0f sequential quote requests/s%n", quotesPerSecond);

        String payer = id(post("/v1/payers", "application/json", """
                {"type":"REGENCY","fundingSource":"APBD","name":"Pemerintah Kabupaten Bekasi (bench)","regionCode":"32.16"}
                """, 201));
        System.out.println("payer: " + payer);
        String csv = csv(rows);
        System.out.printf("upload: %,d rows, %,.1f MB%n", rows, csv.length() / 1e6);

        long start = System.nanoTime();
        String job = id(post("/v1/payers/" + payer + "/enrolments", "text/csv", csv, 202));
        long accepted = System.nanoTime();
        String state;
        String body;
        do {
            Thread.sleep(250); // a benchmark waits for the job; tests never sleep
            body = get("/v1/jobs/" + job, "application/json");
            state = field(body, "state");
        } while (!state.equals("COMPLETED") && !state.equals("FAILED"));
        long done = System.nanoTime();
        double seconds = (done - start) / 1e9;
        System.out.printf("enrolment: %s, created %s, rejected %s; upload accepted in %.1f s; all rows in %.1f s"
                        + " = %,.0f rows/s%n", state, field(body, "created"), field(body, "rejected"),
                (accepted - start) / 1e9, seconds, rows / seconds);

        String month = YearMonth.now(ZoneId.of("Asia/Jakarta")).toString();
        List<Double> times = new ArrayList<>();
        String invoice = null;
        for (int i = 0; i < 5; i++) {
            long t = System.nanoTime();
            invoice = get("/v1/payers/" + payer + "/invoices/" + month, "application/json");
            times.add((System.nanoTime() - t) / 1e6);
        }
        List<Double> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        System.out.printf("invoice: %s lines, total Rp%s; %,.0f ms first, %,.0f ms median of 5 (%.1f MB of JSON)%n",
                field(invoice, "lines"), field(invoice, "total"), times.get(0), sorted.get(2), invoice.length() / 1e6);
        long t = System.nanoTime();
        String csvInvoice = get("/v1/payers/" + payer + "/invoices/" + month, "text/csv");
        System.out.printf("invoice as CSV: %,.0f ms (%.1f MB)%n", (System.nanoTime() - t) / 1e6, csvInvoice.length() / 1e6);
        System.out.printf("ratios to the baseline: enrolment %.2f rows per quote; invoice %.0f quotes' time%n",
                rows / seconds / quotesPerSecond, sorted.get(2) / 1000 * quotesPerSecond);
    }

    static double baseline(int n) throws Exception {
        for (int i = 0; i < 200; i++) {
            get("/v1/contribution-quotes?declaredIncome=1500000&occupation=OJOL", "application/json");
        }
        long t = System.nanoTime();
        for (int i = 0; i < n; i++) {
            get("/v1/contribution-quotes?declaredIncome=1500000&occupation=OJOL", "application/json");
        }
        return n / ((System.nanoTime() - t) / 1e9);
    }

    /** Valid rows: NIKs issued in Kabupaten Bekasi whose date part matches the birth date, unique serials. */
    static String csv(int rows) {
        StringBuilder csv = new StringBuilder(
                "nik,fullName,birthDate,sex,phone,email,addressLine,regionCode,occupation,declaredIncome\n");
        String[] occupations = {"BURUH_TANI", "PETANI", "NELAYAN", "OJEK", "OJOL", "PEDAGANG", "UMKM", "MARBOT"};
        DateTimeFormatter ddmmyy = DateTimeFormatter.ofPattern("ddMMyy");
        for (int i = 0; i < rows; i++) {
            LocalDate born = LocalDate.of(1960, 1, 1).plusDays(i % 14_000);
            int serial = i / 14_000 + 1;
            String nik = String.format("3216%02d%s%04d", 1 + i % 23, born.format(ddmmyy), serial);
            csv.append(nik).append(",Pekerja Bench ").append(letters(i)).append(',').append(born).append(",MALE,0812")
                    .append(String.format("%08d", i)).append(",,Dusun ").append(i % 97).append(" RT 01/02,")
                    .append(VILLAGES[i % VILLAGES.length]).append(',').append(occupations[i % occupations.length])
                    .append(',').append(1_000_000 + (i % 20) * 100_000).append('\n');
        }
        return csv.toString();
    }

    static String letters(int i) {
        StringBuilder s = new StringBuilder();
        do {
            s.append((char) ('A' + i % 26));
            i /= 26;
        } while (i > 0);
        return s.toString();
    }

    static String post(String path, String type, String body, int expected) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", type).header("Idempotency-Key", UUID.randomUUID().toString())
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofMinutes(5)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    static String get(String path, String accept) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept)
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofMinutes(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** An officer-and-admin token of the run's throwaway issuer (bench/run.sh makes its key pair). */
    static String token(String privateKeyPem) throws Exception {
        long now = java.time.Instant.now().getEpochSecond();
        java.util.Base64.Encoder b64 = java.util.Base64.getUrlEncoder().withoutPadding();
        String unsigned = b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes())
                + "." + b64.encodeToString(("{\"iss\":\"https://bench.invalid\",\"aud\":\"bpu-service\",\"sub\":\"bench\","
                + "\"groups\":[\"officer\",\"admin\"],\"iat\":" + now + ",\"exp\":" + (now + 3600) + "}").getBytes());
        String pem = java.nio.file.Files.readString(java.nio.file.Path.of(privateKeyPem))
                .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        java.security.Signature rsa = java.security.Signature.getInstance("SHA256withRSA");
        rsa.initSign(java.security.KeyFactory.getInstance("RSA").generatePrivate(
                new java.security.spec.PKCS8EncodedKeySpec(java.util.Base64.getDecoder().decode(pem))));
        rsa.update(unsigned.getBytes());
        return unsigned + "." + b64.encodeToString(rsa.sign());
    }

    static String id(String json) {
        return field(json, "id");
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]*)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json.substring(0, Math.min(200, json.length())));
        }
        return m.group(1);
    }
}
