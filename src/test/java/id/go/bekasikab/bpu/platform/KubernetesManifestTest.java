package id.go.bekasikab.bpu.platform;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** The manifests in k8s/ name the probes, port and variables the service really has. */
@QuarkusTest
class KubernetesManifestTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path K8S = Path.of("k8s", "base");
    /** Read by the container image's start script, not by the service. */
    private static final Set<String> IMAGE_VARIABLES = Set.of("JAVA_OPTS_APPEND");
    static final int MANAGEMENT_TEST_PORT = 9001;

    @Test
    void everyFileTheKustomizationListsExistsAndParses() throws IOException {
        JsonNode kustomization = YAML.readTree(K8S.resolve("kustomization.yaml").toFile());
        Set<String> kinds = new HashSet<>();
        for (JsonNode resource : kustomization.get("resources")) {
            kinds.add(YAML.readTree(K8S.resolve(resource.asText()).toFile()).get("kind").asText());
        }
        assertEquals(Set.of("ConfigMap", "Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget",
                "NetworkPolicy"), kinds);
    }

    @Test
    void probesPointAtHealthEndpointsThatAnswer() throws IOException {
        JsonNode container = container();
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            String path = container.at("/" + probe + "/httpGet/path").asText();
            assertEquals("management", container.at("/" + probe + "/httpGet/port").asText(), probe);
            given().port(MANAGEMENT_TEST_PORT).get(path).then().statusCode(200);
            given().get(path).then().statusCode(404); // never on the public port
        }
        assertEquals("/q/health/live", container.at("/livenessProbe/httpGet/path").asText());
        assertEquals("/q/health/ready", container.at("/readinessProbe/httpGet/path").asText());
    }

    @Test
    void theContainerPortIsTheServicesHttpPort() throws IOException {
        JsonNode port = container().at("/ports/0");
        assertEquals("http", port.get("name").asText());
        assertEquals("management", container().at("/ports/1/name").asText());
        assertEquals("9000", container().at("/ports/1/containerPort").asText());
        // The running test instance listens on the test port; production listens on the configured one
        Properties properties = new Properties();
        try (var in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            properties.load(in);
        }
        assertEquals(properties.getProperty("quarkus.http.port"), port.get("containerPort").asText());
    }

    @Test
    void theDeploymentRunsAsNonRootWithAtLeastTwoReplicasAndLimits() throws IOException {
        JsonNode deployment = YAML.readTree(K8S.resolve("deployment.yaml").toFile());
        assertTrue(deployment.at("/spec/replicas").asInt() >= 2);
        assertTrue(deployment.at("/spec/template/spec/securityContext/runAsNonRoot").asBoolean());
        JsonNode container = container();
        assertTrue(container.at("/resources/limits/memory").isTextual());
        assertTrue(container.at("/resources/requests/cpu").isTextual());
        assertTrue(YAML.readTree(K8S.resolve("hpa.yaml").toFile()).at("/spec/minReplicas").asInt() >= 2);
    }

    @Test
    void kubernetesWaitsLongerThanTheServiceTakesToDrain() throws IOException {
        Properties properties = new Properties();
        try (var in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            properties.load(in);
        }
        long preStop = container().at("/lifecycle/preStop/sleep/seconds").asLong();
        long delay = seconds(properties.getProperty("quarkus.shutdown.delay"));
        long timeout = seconds(properties.getProperty("quarkus.shutdown.timeout"));
        long grace = YAML.readTree(K8S.resolve("deployment.yaml").toFile())
                .at("/spec/template/spec/terminationGracePeriodSeconds").asLong();
        assertTrue(preStop > 0 && delay > 0 && timeout > 0, "a drain: out of the endpoints, readiness 503, requests end");
        assertTrue(grace > preStop + delay + timeout, "SIGKILL only after the drain could have finished");
    }

    /** "${BPU_SHUTDOWN_DELAY:5s}" is 5 */
    private static long seconds(String property) {
        String value = property.replaceAll(".*:(\\d+)s}$", "$1");
        return Long.parseLong(value);
    }

    @Test
    void everyVariableTheManifestsSetIsOneTheServiceReads() throws IOException {
        List<String> names = new ArrayList<>();
        YAML.readTree(K8S.resolve("configmap.yaml").toFile()).get("data").fieldNames().forEachRemaining(names::add);
        container().get("env").forEach(env -> names.add(env.get("name").asText()));
        String properties = Files.readString(Path.of("src/main/resources/application.properties"));

        for (String name : names) {
            if (IMAGE_VARIABLES.contains(name)) {
                continue;
            }
            if (name.startsWith("QUARKUS_")) {
                // Quarkus maps QUARKUS_DATASOURCE_JDBC_URL to quarkus.datasource.jdbc.url; the test profile sets each
                String property = name.toLowerCase().replace('_', '.');
                assertTrue(ConfigProvider.getConfig().getOptionalValue(property, String.class).isPresent(), name);
            } else {
                assertTrue(properties.contains("${" + name + ":") || properties.contains("${" + name + "}"),
                        name + " is not read by application.properties");
            }
        }
        assertTrue(names.containsAll(List.of("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME",
                "QUARKUS_DATASOURCE_PASSWORD", "BPU_NIK_HASH_KEY", "BPU_JWT_ISSUER", "BPU_JWT_PUBLIC_KEY_LOCATION")),
                "production needs the database, the NIK key and the token issuer");
    }

    private static JsonNode container() throws IOException {
        return YAML.readTree(K8S.resolve("deployment.yaml").toFile()).at("/spec/template/spec/containers/0");
    }
}
