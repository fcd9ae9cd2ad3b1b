package id.go.bekasikab.bpu.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bekasikab.bpu.support.Contract;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue #12: every bash block of the README, run in order as a newcomer would paste it, against a fresh database.
 * Each "# -> 201, Name: value, path value" line is checked against the curl before it (status, header, JSON field),
 * and every response against the contract.
 */
@QuarkusTest
@TestProfile(ReadmeExamplesTest.FreshDatabase.class)
class ReadmeExamplesTest {

    /** Its own profile, so the walk-through's NIK is not already taken by another test; jobs start on upload. */
    public static class FreshDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("bpu.enrolment.autostart", "true");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern STATUS = Pattern.compile("\\d{3}");
    private static final Pattern HEADER = Pattern.compile("([A-Za-z-]+): (.*)");

    /** What curl n recorded: status and headers of the last response block, and the body it printed. */
    private record Recorded(int status, Map<String, String> headers, String body) {
    }

    @Test
    void everyCommandInTheReadmeWorksAsPrintedAndSaysWhatItAnswers() throws Exception {
        Path log = Files.createTempDirectory("readme");
        Files.writeString(log.resolve("readme.sh"),
                ReadmeScript.of(Files.readString(Path.of("README.md")), RestAssured.port, 9001));
        Process bash = new ProcessBuilder("bash", log.resolve("readme.sh").toString(), log.toString())
                .redirectErrorStream(true).redirectOutput(log.resolve("output.txt").toFile()).start();
        boolean finished = bash.waitFor(180, TimeUnit.SECONDS);
        if (!finished) {
            // a hung command (a loop waiting for a job, say) must not outlive the test and keep calling the next ones
            bash.descendants().forEach(ProcessHandle::destroyForcibly);
            bash.destroyForcibly();
        }
        assertTrue(finished, "the README's commands finish");
        String output = Files.readString(log.resolve("output.txt"));
        assertEquals(0, bash.exitValue(), "the README's commands fail:\n" + tail(output));

        List<String> failures = new ArrayList<>();
        List<String> expectations = Files.readAllLines(log.resolve("expectations"));
        for (String line : expectations) {
            String[] parts = line.split("\t", 2);
            Recorded recorded = recorded(log, Integer.parseInt(parts[0]));
            for (String item : parts[1].split(", ")) {
                String failure = check(item.strip(), recorded);
                if (failure != null) {
                    failures.add("curl #" + parts[0] + ": " + failure);
                }
            }
        }
        for (String line : Files.readAllLines(log.resolve("requests"))) {
            String[] parts = line.split("\t", 3);
            Recorded recorded = recorded(log, Integer.parseInt(parts[0]));
            String path = parts[2].replaceFirst("^[^/]*", "").replaceFirst("\\?.*", "");
            var report = Contract.checkResponse(parts[1], path, recorded.status(), recorded.headers(), recorded.body());
            if (report.hasErrors()) {
                failures.add("curl #" + parts[0] + " " + parts[1] + " " + path + " breaks the contract: " + report);
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(expectations.size() >= 25, "the README states what its commands answer");
    }

    private static String check(String item, Recorded recorded) throws IOException {
        if (STATUS.matcher(item).matches()) {
            return Integer.parseInt(item) == recorded.status() ? null
                    : "status " + recorded.status() + ", the README says " + item + ": " + recorded.body();
        }
        Matcher header = HEADER.matcher(item);
        if (header.matches()) {
            String actual = recorded.headers().get(header.group(1).toLowerCase());
            String wanted = Pattern.quote(header.group(2)).replaceAll("\\{[^}]*}", "\\\\E[^/]+\\\\Q");
            return actual != null && actual.matches(wanted) ? null
                    : header.group(1) + " is " + actual + ", the README says " + header.group(2);
        }
        int space = item.indexOf(' ');
        if (space < 0) {
            return "the README's '" + item + "' is neither a status, a header nor 'path value'";
        }
        JsonNode node = JSON.readTree(recorded.body());
        for (String segment : item.substring(0, space).split("\\.")) {
            Matcher indexed = Pattern.compile("(\\w*)((?:\\[\\d+])*)").matcher(segment);
            if (!indexed.matches()) {
                return "bad path " + item;
            }
            if (!indexed.group(1).isEmpty()) {
                node = node.path(indexed.group(1));
            }
            for (String index : indexed.group(2).replace("]", "").split("\\[")) {
                if (!index.isEmpty()) {
                    node = node.path(Integer.parseInt(index));
                }
            }
        }
        String wanted = item.substring(space + 1);
        String actual = node.isArray() && node.isEmpty() ? "[]" : node.isMissingNode() ? "(absent)" : node.asText();
        return actual.equals(wanted) ? null : item.substring(0, space) + " is " + actual + ", the README says " + wanted;
    }

    private static Recorded recorded(Path log, int n) throws IOException {
        String[] blocks = Files.readString(log.resolve(n + ".headers")).split("\r\n\r\n");
        String[] lines = blocks[blocks.length - 1].strip().split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).toLowerCase(), lines[i].substring(colon + 1).strip());
        }
        String body = Files.readString(log.resolve(n + ".out"));
        while (body.startsWith("HTTP/")) {
            body = body.substring(body.indexOf("\r\n\r\n") + 4);
        }
        return new Recorded(status, headers, body);
    }

    private static String tail(String output) {
        return output.length() > 4_000 ? output.substring(output.length() - 4_000) : output;
    }
}
