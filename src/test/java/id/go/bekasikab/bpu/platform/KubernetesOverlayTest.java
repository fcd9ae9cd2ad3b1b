package id.go.bekasikab.bpu.platform;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue #16: the production overlay, rendered by {@code kubectl kustomize}, runs the service on the management port's
 * probes, against the PgBouncer pooler of a three-instance CloudNativePG cluster, behind a NetworkPolicy; every
 * metric its alerts and dashboard read is one the service exports.
 */
@QuarkusTest
class KubernetesOverlayTest {

    private static final Pattern METRIC = Pattern.compile("\\b((?:bpu|http|agroal|jvm)_[a-z0-9_]+)");
    private static List<JsonNode> rendered;

    @BeforeAll
    static void render() throws IOException, InterruptedException {
        Process kustomize = new ProcessBuilder("kubectl", "kustomize", "k8s/overlays/production")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String yaml = new String(kustomize.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, kustomize.waitFor(), "kubectl kustomize k8s/overlays/production renders");
        rendered = new YAMLMapper().readValues(new YAMLFactory().createParser(yaml), JsonNode.class).readAll();
    }

    static JsonNode one(String kind, String name) {
        return rendered.stream().filter(r -> r.path("kind").asText().equals(kind)
                && r.at("/metadata/name").asText().equals(name)).findFirst().orElseThrow(() ->
                new AssertionError(kind + " " + name + " is rendered"));
    }

    @Test
    void theServiceTalksToThePoolerOfAThreeInstanceClusterWithASynchronousReplica() {
        JsonNode config = one("ConfigMap", "bpu-service").get("data");
        assertTrue(config.get("QUARKUS_DATASOURCE_JDBC_URL").asText()
                .startsWith("jdbc:postgresql://bpu-db-pooler-rw:5432/bpu?prepareThreshold=0"));
        assertTrue(config.get("BPU_READ_DATASOURCE_URL").asText().startsWith("jdbc:postgresql://bpu-db-pooler-ro:5432/"));
        assertEquals("transaction", one("Pooler", "bpu-db-pooler-rw").at("/spec/pgbouncer/poolMode").asText());
        assertEquals("ro", one("Pooler", "bpu-db-pooler-ro").at("/spec/type").asText());
        JsonNode cluster = one("Cluster", "bpu-db").get("spec");
        assertEquals(3, cluster.get("instances").asInt());
        assertEquals(1, cluster.get("minSyncReplicas").asInt());
        assertTrue(cluster.at("/backup/barmanObjectStore/destinationPath").asText().startsWith("s3://"));
        JsonNode env = one("Deployment", "bpu-service").at("/spec/template/spec/containers/0/env");
        List<String> secrets = new ArrayList<>();
        env.forEach(e -> secrets.add(e.at("/valueFrom/secretKeyRef/name").asText()));
        assertTrue(secrets.contains("bpu-db-app"), "the credentials CloudNativePG writes: " + secrets);
    }

    @Test
    void probesStayOnTheManagementPortAndOnlyTheIngressAndPrometheusReachThePods() {
        JsonNode container = one("Deployment", "bpu-service").at("/spec/template/spec/containers/0");
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            assertEquals("management", container.at("/" + probe + "/httpGet/port").asText(), probe);
        }
        JsonNode policy = one("NetworkPolicy", "bpu-service").get("spec");
        assertEquals("bpu-service", policy.at("/podSelector/matchLabels/app.kubernetes.io~1name").asText());
        Set<String> sources = new TreeSet<>();
        policy.get("ingress").forEach(rule -> rule.get("from").forEach(from ->
                sources.add(from.at("/namespaceSelector/matchLabels/kubernetes.io~1metadata.name").asText())));
        assertEquals(Set.of("ingress-nginx", "monitoring"), sources);
        assertEquals("management", one("PodMonitor", "bpu-service").at("/spec/podMetricsEndpoints/0/port").asText());
    }

    @Test
    void everyMetricTheAlertsAndTheDashboardReadIsExported() throws IOException {
        Set<String> read = new TreeSet<>();
        one("PrometheusRule", "bpu-service").at("/spec/groups/0/rules").forEach(rule -> {
            read.addAll(metrics(rule.get("expr").asText()));
            assertTrue(rule.at("/annotations/runbook").asText().startsWith("README.md#"), rule.get("alert").asText());
        });
        JsonNode dashboard = new ObjectMapper().readTree(Files.readString(Path.of("k8s/monitoring/grafana-dashboard.json")));
        dashboard.get("panels").forEach(panel -> panel.get("targets").forEach(t -> read.addAll(metrics(t.get("expr")
                .asText()))));
        given().header("Authorization", "Bearer " + id.go.bekasikab.bpu.support.Tokens.staff())
                .get("/v1/contribution-quotes?declaredIncome=1000000").then().statusCode(200);
        String scrape = given().port(KubernetesManifestTest.MANAGEMENT_TEST_PORT).get("/q/metrics").then()
                .statusCode(200).extract().asString();
        Set<String> exported = scrape.lines().filter(l -> !l.startsWith("#") && !l.isBlank())
                .map(l -> l.split("[{ ]", 2)[0]).collect(Collectors.toSet());
        // counters created on first use (a reversal, a 429) are declared by their bean: their base names suffice
        Set<String> missing = read.stream().filter(m -> !exported.contains(m) && !declared(m)).collect(
                Collectors.toCollection(TreeSet::new));
        assertTrue(missing.isEmpty(), "read by alerts or dashboard but not exported: " + missing);
        String readme = Files.readString(Path.of("README.md"));
        one("PrometheusRule", "bpu-service").at("/spec/groups/0/rules").forEach(rule -> assertTrue(
                readme.contains("#### " + rule.get("alert").asText()), "the README has a runbook for "
                        + rule.get("alert").asText()));
    }

    /**
     * A counter of BusinessMetrics appears on the first event it counts (no reversal yet: no series); it is declared
     * when BusinessMetrics names it (bpu_payments_amount_rupiah_total is "bpu.payments.amount" in rupiah).
     */
    private static boolean declared(String metric) {
        try {
            String source = Files.readString(Path.of("src/main/java/id/go/bekasikab/bpu/platform/BusinessMetrics.java"));
            String name = metric.replaceAll("_total$", "").replaceAll("_rupiah$", "").replace('_', '.');
            return source.contains("\"" + name + "\"");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> metrics(String expr) {
        Set<String> found = new TreeSet<>();
        Matcher m = METRIC.matcher(expr);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
