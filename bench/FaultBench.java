import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue #11's fault run: two replicas of the packaged service over one PostgreSQL, retrying clients paying through
 * both, and the faults of the issue one after another — SIGTERM of a replica under load, a database restart
 * (-m fast), kill -9 of a replica, the database stopped for 20 s. Each client retries with the same Idempotency-Key
 * until it is answered for good. Prints, per fault, the requests, their answers, the requests that got no response,
 * and the longest error window of a key; then the acknowledged payments for bench/faults.sh to check against the
 * database (lost, doubled), and replays every key (stuck).
 *
 * Run by bench/faults.sh, compiled with EnrolmentBench (whose token it signs): FaultBench <private key pem> <out dir>.
 * It starts the replicas itself ("bench/faults.sh replica A|B") and drives the database with pg_ctlcluster.
 */
public class FaultBench {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    static final Map<String, String> BASE = Map.of("A", "http://localhost:8080", "B", "http://localhost:8082");
    static final Map<String, String> HEALTH = Map.of("A", "http://localhost:9000", "B", "http://localhost:9002");
    static final Map<String, Process> REPLICAS = new ConcurrentHashMap<>();
    static final int CLIENTS = 12;
    static String token;
    static volatile String phase = "warm-up";
    static final Map<String, Stats> STATS = Collections.synchronizedMap(new LinkedHashMap<>());
    static final AtomicBoolean STOP = new AtomicBoolean();
    /** What a load balancer believes: a replica gets requests while its readiness answers 200 (probed every second). */
    static final Map<String, Boolean> IN_ROTATION = new ConcurrentHashMap<>(Map.of("A", false, "B", false));
    /** What a month costs each participant (discounts end; a 422 AMOUNT_MISMATCH says the new price). */
    static final Map<String, Long> PRICE = new ConcurrentHashMap<>();
    static final AtomicInteger OTHER_ANSWERS = new AtomicInteger();

    /** What one phase saw. "No response" is a request sent whose connection closed before any answer came. */
    static final class Stats {
        final AtomicInteger requests = new AtomicInteger();
        final AtomicInteger paid = new AtomicInteger();
        final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        final AtomicInteger refused = new AtomicInteger();
        final AtomicInteger noResponse = new AtomicInteger();
        final AtomicInteger timedOut = new AtomicInteger();
        final AtomicLong longestWindowMillis = new AtomicLong();
    }

    record Ack(String key, String participantId, String receipt, long amount) {
    }

    /** A key's final answer: its receipt and the amount the accepted request carried. */
    record Answer(String receipt, long amount) {
    }

    public static void main(String[] args) throws Exception {
        token = EnrolmentBench.token(args[0]);
        Path out = Path.of(args[1]);
        Thread balancer = new Thread(FaultBench::probeReadiness);
        balancer.setDaemon(true);
        balancer.start();
        start("A");
        start("B");
        List<String> participants = register(1_500);
        long amount = Long.parseLong(field(get("A", "/v1/contribution-quotes?declaredIncome=1000000&occupation=OJOL"),
                "total"));
        participants.forEach(id -> PRICE.put(id, amount));
        Queue<String[]> work = new ConcurrentLinkedQueue<>();
        for (int month = 0; month < 12; month++) {
            for (String id : participants) {
                work.add(new String[] {id});
            }
        }
        Queue<Ack> acks = new ConcurrentLinkedQueue<>();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> running = new ArrayList<>();
        AtomicInteger turn = new AtomicInteger();
        for (int c = 0; c < CLIENTS; c++) {
            running.add(clients.submit(() -> {
                String[] next;
                while (!STOP.get() && (next = work.poll()) != null) {
                    String key = UUID.randomUUID().toString();
                    Answer answer = payUntilAnswered(next[0], key, null, turn);
                    if (answer != null) {
                        acks.add(new Ack(key, next[0], answer.receipt(), answer.amount()));
                    }
                }
                return null;
            }));
        }

        phase("steady", 8);
        phase = "SIGTERM A";
        long signalled = System.nanoTime();
        REPLICAS.get("A").destroy();
        REPLICAS.get("A").waitFor();
        System.out.printf("replica A drained and exited %.1f s after SIGTERM%n", (System.nanoTime() - signalled) / 1e9);
        start("A");
        phase("after SIGTERM", 4);

        phase = "database restart -m fast";
        run("pg_ctlcluster", "--skip-systemctl-redirect", "15", "main", "restart", "-m", "fast");
        phase("after restart", 8);

        phase = "kill -9 B";
        REPLICAS.get("B").destroyForcibly().waitFor();
        start("B");
        phase("after kill -9", 4);

        phase = "database stopped 20 s";
        run("pg_ctlcluster", "--skip-systemctl-redirect", "15", "main", "stop", "-m", "fast");
        Thread.sleep(20_000);
        run("pg_ctlcluster", "--skip-systemctl-redirect", "15", "main", "start");
        phase("after the stop", 10);
        STOP.set(true);
        for (Future<?> client : running) {
            client.get();
        }
        clients.shutdown();

        System.out.printf("%-26s %8s %6s %-28s %8s %9s %8s %11s%n", "phase", "requests", "paid", "answers", "refused",
                "no answer", "timeouts", "key window");
        STATS.forEach((name, s) -> System.out.printf("%-26s %8d %6d %-28s %8d %9d %8d %8d ms%n", name,
                s.requests.get(), s.paid.get(), new TreeMap<>(s.statuses), s.refused.get(), s.noResponse.get(),
                s.timedOut.get(), s.longestWindowMillis.get()));

        // every key ends: asked once more, each must replay its own receipt
        phase = "replay";
        int stuck = 0;
        int mismatched = 0;
        for (Ack ack : acks) {
            Answer again = payUntilAnswered(ack.participantId(), ack.key(), ack.amount(), turn);
            if (again == null) {
                stuck++;
            } else if (!again.receipt().equals(ack.receipt())) {
                mismatched++;
            }
        }
        System.out.printf("acknowledged payments: %d; replayed each key: %d stuck, %d answered another receipt%n",
                acks.size(), stuck, mismatched);
        StringBuilder receipts = new StringBuilder();
        acks.forEach(a -> receipts.append(a.receipt()).append('\n'));
        Files.writeString(out.resolve("acknowledged.txt"), receipts);
        Files.writeString(out.resolve("participants.txt"), String.join("\n", participants) + "\n");
        REPLICAS.values().forEach(Process::destroy);
        for (Process p : REPLICAS.values()) {
            p.waitFor();
        }
    }

    static void probeReadiness() {
        while (true) {
            for (String replica : List.of("A", "B")) {
                boolean ready;
                try {
                    ready = HTTP.send(HttpRequest.newBuilder(URI.create(HEALTH.get(replica) + "/q/health/ready"))
                            .timeout(Duration.ofSeconds(1)).build(), HttpResponse.BodyHandlers.discarding())
                            .statusCode() == 200;
                } catch (IOException e) {
                    ready = false;
                } catch (InterruptedException e) {
                    return;
                }
                IN_ROTATION.put(replica, ready);
            }
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Round robin over the replicas in rotation; over both when neither is (as a balancer with no healthy target). */
    static String route(AtomicInteger turn) {
        boolean a = IN_ROTATION.get("A");
        boolean b = IN_ROTATION.get("B");
        if (a != b) {
            return a ? "A" : "B";
        }
        return turn.getAndIncrement() % 2 == 0 ? "A" : "B";
    }

    static void phase(String name, int seconds) throws InterruptedException {
        phase = name;
        Thread.sleep(seconds * 1000L);
    }

    static Stats stats() {
        return STATS.computeIfAbsent(phase, p -> new Stats());
    }

    /** A payment with one key, retried until it is answered for good; null when it never is (a stuck key). */
    /** With a fixed amount (a replay), that body exactly; without, the participant's current price. */
    static Answer payUntilAnswered(String participantId, String key, Long fixedAmount, AtomicInteger turn) {
        long firstFailure = 0;
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            long amount = fixedAmount != null ? fixedAmount : PRICE.get(participantId);
            String body = "{\"participantId\":\"" + participantId + "\",\"months\":1,\"amount\":" + amount
                    + ",\"channel\":\"BANK\"}";
            String replica = route(turn);
            Stats s = stats();
            s.requests.incrementAndGet();
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(BASE.get(replica)
                                + "/v1/contributions/payments"))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .header("Idempotency-Key", key).timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                s.statuses.computeIfAbsent(response.statusCode(), k -> new AtomicInteger()).incrementAndGet();
                if (response.statusCode() == 201) {
                    s.paid.incrementAndGet();
                    if (firstFailure != 0) {
                        s.longestWindowMillis.accumulateAndGet((System.nanoTime() - firstFailure) / 1_000_000, Math::max);
                    }
                    return new Answer(field(response.body(), "receiptNumber"), amount);
                }
                if (fixedAmount == null && response.statusCode() == 422 && response.body().contains("AMOUNT_MISMATCH")) {
                    // a refused request stores nothing under its key: the corrected retry may reuse it
                    PRICE.put(participantId, Long.parseLong(response.body().replaceAll(".*expected (\\d+).*", "$1")));
                    continue;
                }
                if (response.statusCode() != 503) {
                    // a final answer (e.g. TOO_FAR_AHEAD once every allowed month is paid): the work item ends
                    if (response.statusCode() != 422 && OTHER_ANSWERS.incrementAndGet() <= 5) {
                        System.out.println("answer " + response.statusCode() + ": " + response.body());
                    }
                    return null;
                }
            } catch (ConnectException e) {
                s.refused.incrementAndGet();
            } catch (HttpTimeoutException e) {
                s.timedOut.incrementAndGet();
            } catch (IOException e) {
                s.noResponse.incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
            firstFailure = firstFailure == 0 ? System.nanoTime() : firstFailure;
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }

    static void start(String replica) throws Exception {
        Process process = new ProcessBuilder("bash", "bench/faults.sh", "replica", replica)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(Path.of("target/faults-" + replica + ".log").toFile()))
                .start();
        REPLICAS.put(replica, process);
        long started = System.nanoTime();
        while (true) {
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create(HEALTH.get(replica) + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    break;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("replica " + replica + " exited: see target/faults-" + replica + ".log");
            }
            Thread.sleep(200);
        }
        System.out.printf("replica %s ready in %.1f s%n", replica, (System.nanoTime() - started) / 1e9);
    }

    static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
    }

    static List<String> register(int n) throws Exception {
        DateTimeFormatter ddmmyy = DateTimeFormatter.ofPattern("ddMMyy");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate born = LocalDate.of(1970, 1, 1).plusDays(i % 9_000);
            String nik = String.format("321620%s%04d", born.format(ddmmyy), i / 9_000 + 1);
            String body = "{\"nik\":\"" + nik + "\",\"fullName\":\"Pekerja Fault\",\"birthDate\":\"" + born
                    + "\",\"sex\":\"MALE\",\"phone\":\"081234567890\",\"address\":{\"line\":\"Kp. Pulo RT 02/05\","
                    + "\"regionCode\":\"32.16.20.2001\"},\"occupation\":\"OJOL\",\"declaredIncome\":1000000,"
                    + "\"programmes\":[\"JKK\",\"JKM\"]}";
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(BASE.get("A")
                            + "/v1/participants")).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("registration answered " + response.statusCode() + ": " + response.body());
            }
            ids.add(field(response.body(), "id"));
        }
        return ids;
    }

    static String get(String replica, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(BASE.get(replica) + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }
}
