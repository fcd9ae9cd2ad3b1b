import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Issue #13's burst: a webhook receiver subscribed to every event, then a bulk enrolment of N rows (N registrations
 * and N sponsorships: 2N + 1 events) while a counter keeps taking payments. Prints how long the job took, how long
 * until every event was delivered (events/s), and the payments' latency before and during the burst. Run by
 * bench/events.sh against the packaged service; compiled with EnrolmentBench (token, CSV, HTTP helpers).
 */
public class EventBench {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        EnrolmentBench.base = args[0];
        int rows = Integer.parseInt(args[1]);
        EnrolmentBench.token = EnrolmentBench.token(args[2]);

        Set<String> delivered = ConcurrentHashMap.newKeySet();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 512);
        var handlers = Executors.newFixedThreadPool(32);
        receiver.setExecutor(handlers);
        receiver.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            delivered.add(exchange.getRequestHeaders().getFirst("webhook-id"));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        EnrolmentBench.post("/v1/webhook-subscriptions", "application/json",
                "{\"url\":\"http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook\"}", 201);

        List<String> counter = new ArrayList<>();
        DateTimeFormatter ddmmyy = DateTimeFormatter.ofPattern("ddMMyy");
        for (int i = 0; i < 300; i++) {
            LocalDate born = LocalDate.of(1950, 1, 1).plusDays(i);
            counter.add(EnrolmentBench.field(EnrolmentBench.post("/v1/participants", "application/json",
                    "{\"nik\":\"321620" + born.format(ddmmyy) + "0901\",\"fullName\":\"Pekerja Loket\",\"birthDate\":\""
                            + born + "\",\"sex\":\"MALE\",\"phone\":\"081234567890\",\"address\":{\"line\":\"Kp. Pulo\","
                            + "\"regionCode\":\"32.16.20.2001\"},\"occupation\":\"OJOL\",\"declaredIncome\":1000000,"
                            + "\"programmes\":[\"JKK\",\"JKM\"]}", 201), "id"));
        }
        List<Double> quiet = payments(counter.subList(0, 100), null);

        String payer = EnrolmentBench.id(EnrolmentBench.post("/v1/payers", "application/json", """
                {"type":"REGENCY","fundingSource":"APBD","name":"Pemerintah Kabupaten Bekasi (bench)","regionCode":"32.16"}
                """, 201));
        long start = System.nanoTime();
        String job = EnrolmentBench.id(EnrolmentBench.post("/v1/payers/" + payer + "/enrolments", "text/csv",
                EnrolmentBench.csv(rows), 202));
        AtomicBoolean done = new AtomicBoolean();
        List<Double> busy = Collections.synchronizedList(new ArrayList<>());
        Thread paying = new Thread(() -> {
            try {
                busy.addAll(payments(counter.subList(100, 300), done));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        paying.start();
        String state;
        do {
            Thread.sleep(250);
            state = EnrolmentBench.field(EnrolmentBench.get("/v1/jobs/" + job, "application/json"), "state");
        } while (!state.equals("COMPLETED") && !state.equals("FAILED"));
        double jobSeconds = (System.nanoTime() - start) / 1e9;
        // the counter's 300 registrations and 100 payments, then 2N + 1 of the burst (payments during it come on top)
        int expected = 300 + 100 + 2 * rows + 1;
        while (delivered.size() < expected && System.nanoTime() - start < Duration.ofMinutes(15).toNanos()) {
            Thread.sleep(200);
        }
        double allSeconds = (System.nanoTime() - start) / 1e9;
        done.set(true);
        paying.join();
        receiver.stop(0);
        handlers.shutdownNow(); // or its threads keep the JVM, and the script, alive
        System.out.printf("burst: enrolment of %,d rows %s in %.1f s; %,d events delivered in %.1f s from the upload"
                        + " (%,.0f events/s)%n", rows, state, jobSeconds, delivered.size(), allSeconds,
                delivered.size() / allSeconds);
        System.out.printf("payments at the counter: quiet p50 %.0f ms, max %.0f ms; during the burst (%d) p50 %.0f ms,"
                + " p95 %.0f ms, max %.0f ms%n", pct(quiet, 50), pct(quiet, 100), busy.size(), pct(busy, 50),
                pct(busy, 95), pct(busy, 100));
    }

    /** One month paid for each participant, one after another (until done is set, when given); latencies in ms. */
    static List<Double> payments(List<String> ids, AtomicBoolean done) throws Exception {
        List<Double> times = new ArrayList<>();
        for (String id : ids) {
            if (done != null && done.get()) {
                break;
            }
            long due = Long.parseLong(EnrolmentBench.field(EnrolmentBench.get("/v1/participants/" + id
                    + "/contributions", "application/json"), "amountDueNow"));
            long t = System.nanoTime();
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(EnrolmentBench.base
                            + "/v1/contributions/payments")).header("Content-Type", "application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .header("Authorization", "Bearer " + EnrolmentBench.token)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"participantId\":\"" + id + "\",\"months\":1,"
                            + "\"amount\":" + due + ",\"channel\":\"COUNTER\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 201) {
                throw new IllegalStateException("payment answered " + r.statusCode() + ": " + r.body());
            }
            times.add((System.nanoTime() - t) / 1e6);
            if (done != null) {
                Thread.sleep(100);
            }
        }
        return times;
    }

    static double pct(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank)));
    }
}
