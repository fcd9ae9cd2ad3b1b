package id.go.bekasikab.bpu.support;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/** The service's /q/metrics on the management port, as series (name and labels, as Prometheus prints them). */
public final class Metrics {

    private Metrics() {
    }

    public static Map<String, Double> scrape() {
        int port = ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
        String text = given().port(port).get("/q/metrics").then().statusCode(200).extract().asString();
        Map<String, Double> samples = new HashMap<>();
        for (String line : text.lines().toList()) {
            if (!line.startsWith("#") && !line.isBlank()) {
                int space = line.lastIndexOf(' ');
                samples.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
            }
        }
        return samples;
    }
}
