package id.go.bekasikab.bpu.platform;

import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * {@code Location} values: below the configured public base URL ({@code BPU_PUBLIC_BASE_URL}), or a path from the
 * root when none is set — never built from the request's {@code Host}, which the caller controls.
 */
@Singleton
public class Locations {

    private final String base;

    Locations(Settings settings) {
        Optional<String> base = settings.http().publicBaseUrl();
        this.base = base.map(b -> b.endsWith("/") ? b.substring(0, b.length() - 1) : b).orElse("");
    }

    /** Where a created thing lives, from a path below the API root such as {@code v1/receipts/BPU…}. */
    public String of(String path) {
        return base + "/" + (path.startsWith("/") ? path.substring(1) : path);
    }
}
