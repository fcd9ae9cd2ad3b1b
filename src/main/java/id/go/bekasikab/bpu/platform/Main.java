package id.go.bekasikab.bpu.platform;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.util.List;

/**
 * The packaged service's entry point: production checks its settings first (Preflight) and stops with one line per
 * problem, before it opens a port or a database. The run command (dev mode) and the tests start as before.
 */
@QuarkusMain
public class Main {

    private static final String EMBEDDED_SERVER = "io.quarkiverse.embedded.postgresql.EmbeddedPostgreSQLConfigSource";

    public static void main(String... args) {
        if (isPackaged() && isProductionProfile()) {
            List<String> problems = Preflight.problems(System::getenv, System::getProperty, embeddedServerInJar());
            if (!problems.isEmpty()) {
                problems.forEach(problem -> System.err.println("bpu-service cannot start: " + problem));
                System.exit(1);
            }
        }
        // traces are exported only where a collector is configured: without one the SDK would log export failures
        if (System.getenv("OTEL_EXPORTER_OTLP_ENDPOINT") != null && System.getenv("OTEL_SDK_DISABLED") == null) {
            System.setProperty("quarkus.otel.sdk.disabled", "false");
        }
        Quarkus.run(args);
    }

    /**
     * Whether this is the packaged jar: dev mode calls this main too, before Quarkus knows its launch mode, but it
     * loads the application with another class loader than the jar's runner.
     */
    private static boolean isPackaged() {
        return Main.class.getClassLoader().getClass().getName().equals("io.quarkus.bootstrap.runner.RunnerClassLoader");
    }

    private static boolean embeddedServerInJar() {
        try {
            Class.forName(EMBEDDED_SERVER, false, Main.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static boolean isProductionProfile() {
        String profile = System.getProperty("quarkus.profile", System.getenv("QUARKUS_PROFILE"));
        return profile == null || profile.isBlank() || profile.equals("prod");
    }
}
