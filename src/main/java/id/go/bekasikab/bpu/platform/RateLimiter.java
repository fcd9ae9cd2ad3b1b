package id.go.bekasikab.bpu.platform;

import jakarta.inject.Inject;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;

/**
 * Token buckets, per replica. A caller is its token's issuer and subject (so a new token of the same subject is
 * the same caller), or its address when the request has no readable token. Requests whose authentication failed are
 * also counted per address, and an address over that budget is refused before its next token is even read: a
 * flood of garbage tokens is cut off at the door. Buckets live in bounded caches that forget idle callers, so no
 * stream of new tokens can grow the heap. An ingress limit sits in front in production (README, Hardening).
 */
@Singleton
public class RateLimiter {

    static final int MAX_CALLERS = 100_000;
    private static final Duration IDLE = Duration.ofMinutes(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A caller sends the same token for its hour: its issuer and subject are read once, not at every request. */
    private static final Cache<String, String> SUBJECTS = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterAccess(IDLE).build();
    private static final String NO_SUBJECT = "";

    private final Budget requests;
    private final Budget failures;

    @Inject
    RateLimiter(Settings settings) {
        this(settings.rateLimit().perMinute(), settings.rateLimit().burst(), settings.rateLimit().failuresPerMinute(),
                settings.rateLimit().failuresBurst());
    }

    RateLimiter(int perMinute, int burst, int failuresPerMinute, int failuresBurst) {
        this.requests = new Budget(perMinute, burst);
        this.failures = new Budget(failuresPerMinute, failuresBurst);
    }

    /** 0 when the request may go ahead, else the seconds until it may. */
    public long acquire(String authorization, String address) {
        long blocked = failures.waitFor("ip:" + address);
        if (blocked > 0) {
            return blocked;
        }
        // bounded twice: 10,000 tokens of at most 2 KiB (a real one is under 1 KiB), so no flood can grow the heap
        String subject = authorization == null || authorization.length() > 2_048 ? subjectOf(authorization)
                : SUBJECTS.get(authorization, token -> Objects.requireNonNullElse(subjectOf(token), NO_SUBJECT));
        if (NO_SUBJECT.equals(subject)) {
            subject = null;
        }
        return requests.take(subject != null ? "sub:" + subject : "ip:" + address);
    }

    /** The request budget per minute, as the {@code RateLimit-Limit} header tells callers. */
    public int perMinute() {
        return (int) Math.round(requests.perSecond * 60);
    }

    /** A request from this address failed authentication: it counts against the address. */
    public void failedAuthentication(String address) {
        failures.take("ip:" + address);
    }

    /** How many callers the buckets remember now (bounded by {@value #MAX_CALLERS} each). */
    long remembered() {
        requests.buckets.cleanUp();
        failures.buckets.cleanUp();
        return requests.buckets.estimatedSize() + failures.buckets.estimatedSize();
    }

    /**
     * The issuer and subject a bearer JWT claims, read without verifying it: only to choose a bucket. A forged
     * subject buys nothing, since a forged token fails authentication and counts against its address.
     */
    static String subjectOf(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String[] parts = authorization.substring(7).strip().split("\\.");
        if (parts.length != 3 || parts[1].length() > 8_192) {
            return null;
        }
        try {
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            String iss = claims.path("iss").asText("");
            String sub = claims.path("sub").asText("");
            return sub.isEmpty() ? null : Caller.bounded(iss + " " + sub);
        } catch (IllegalArgumentException | java.io.IOException e) {
            return null;
        }
    }

    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }

    /** A budget of requests per minute with a burst, for many callers at once. */
    private static final class Budget {

        final double perSecond;
        final double burst;
        final Cache<String, Bucket> buckets = Caffeine.newBuilder().maximumSize(MAX_CALLERS)
                .expireAfterAccess(IDLE).build();

        Budget(int perMinute, int burst) {
            this.perSecond = perMinute / 60.0;
            this.burst = burst;
        }

        /** Takes one token: 0 when there was one, else the seconds until there is. */
        long take(String caller) {
            Bucket bucket = refilled(caller);
            synchronized (bucket) {
                if (bucket.tokens >= 1) {
                    bucket.tokens -= 1;
                    return 0;
                }
                return (long) Math.ceil((1 - bucket.tokens) / perSecond);
            }
        }

        /** Without taking one: 0 while the caller has a token left, else the seconds until it has. */
        long waitFor(String caller) {
            Bucket bucket = buckets.getIfPresent(caller);
            if (bucket == null) {
                return 0;
            }
            refilled(caller);
            synchronized (bucket) {
                return bucket.tokens >= 1 ? 0 : (long) Math.ceil((1 - bucket.tokens) / perSecond);
            }
        }

        private Bucket refilled(String caller) {
            long now = System.nanoTime();
            Bucket bucket = buckets.get(caller, k -> new Bucket(burst, now));
            synchronized (bucket) {
                bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.at) / 1e9 * perSecond);
                bucket.at = now;
            }
            return bucket;
        }
    }
}
