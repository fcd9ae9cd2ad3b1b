package id.go.bekasikab.bpu.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The methods each path has, read once from the contract the service ships (openapi/bpu-api.yaml): what a 405's
 * {@code Allow} header names (RFC 9110 §15.5.6). The contract is tested against the service, so it is the truth.
 */
@Singleton
public class AllowedMethods {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    private record Route(Pattern path, Set<String> methods) {
    }

    private final List<Route> routes = new ArrayList<>();

    AllowedMethods() throws IOException {
        try (InputStream in = AllowedMethods.class.getClassLoader()
                .getResourceAsStream("META-INF/openapi/bpu-api.yaml")) {
            if (in == null) {
                return;
            }
            JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(in).path("paths");
            for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> path = it.next();
                Set<String> methods = new TreeSet<>();
                path.getValue().fieldNames().forEachRemaining(m -> {
                    if (METHODS.contains(m)) {
                        methods.add(m.toUpperCase());
                    }
                });
                routes.add(new Route(Pattern.compile(path.getKey().replaceAll("\\{[^}]+}", "[^/]+")), methods));
            }
        }
    }

    /** The {@code Allow} value for a path, e.g. {@code GET, POST}, if the contract has the path. */
    public Optional<String> of(String path) {
        return routes.stream().filter(r -> r.path().matcher(path).matches()).findFirst()
                .map(r -> String.join(", ", r.methods()));
    }
}
