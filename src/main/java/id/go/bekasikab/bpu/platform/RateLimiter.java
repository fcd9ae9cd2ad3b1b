package id.go.bekasikab.bpu.platform;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A token bucket per client: a client is its bearer token (hashed, never kept as such), or its address when it has
 * none. Each replica keeps its own buckets, so with N replicas behind a balancer a client gets about N times the
 * budget; the limit guards each replica against one noisy caller rather than metering exactly.
 */
@Singleton
public class RateLimiter {

    private static final int MAX_CLIENTS = 50_000;
    private static final long IDLE_NANOS = 10L * 60 * 1_000_000_000L;

    private final double perSecond;
    private final double burst;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }

    RateLimiter(@ConfigProperty(name = "bpu.rate-limit.per-minute") int perMinute,
                @ConfigProperty(name = "bpu.rate-limit.burst") int burst) {
        this.perSecond = perMinute / 60.0;
        this.burst = burst;
    }

    /** 0 when the request may go ahead, else the seconds until it may. */
    public long acquire(String authorization, String address) {
        String client = authorization != null ? hash(authorization) : "ip:" + address;
        long now = System.nanoTime();
        if (buckets.size() > MAX_CLIENTS) {
            buckets.values().removeIf(b -> now - b.at > IDLE_NANOS);
        }
        Bucket bucket = buckets.computeIfAbsent(client, k -> new Bucket(burst, now));
        synchronized (bucket) {
            bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.at) / 1e9 * perSecond);
            bucket.at = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - bucket.tokens) / perSecond);
        }
    }

    private static String hash(String authorization) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(authorization.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
