package id.go.bekasikab.bpu.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The limiter's memory is bounded, and a caller is its subject, not its token. */
class RateLimiterTest {

    static String token(String payload) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return "Bearer " + b64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".sig";
    }

    @Test
    void aMillionNewGarbageTokensCannotGrowTheBucketsPastTheirBound() {
        RateLimiter limiter = new RateLimiter(600, 100, 60, 30);
        for (int i = 0; i < 300_000; i++) {
            limiter.acquire(token("{\"iss\":\"x\",\"sub\":\"forged-" + i + "\"}"), "10.0.0." + (i % 250));
        }
        assertTrue(limiter.remembered() <= 2L * RateLimiter.MAX_CALLERS, "remembered " + limiter.remembered());
    }

    @Test
    void twoTokensOfOneSubjectShareABudget() {
        RateLimiter limiter = new RateLimiter(60, 2, 60, 30);
        assertEquals(0, limiter.acquire(token("{\"iss\":\"i\",\"sub\":\"app\",\"jti\":\"1\"}"), "10.0.0.1"));
        assertEquals(0, limiter.acquire(token("{\"iss\":\"i\",\"sub\":\"app\",\"jti\":\"2\"}"), "10.0.0.2"));
        assertTrue(limiter.acquire(token("{\"iss\":\"i\",\"sub\":\"app\",\"jti\":\"3\"}"), "10.0.0.3") > 0);
        assertEquals(0, limiter.acquire(token("{\"iss\":\"i\",\"sub\":\"other\"}"), "10.0.0.1"));
    }

    @Test
    void anAddressOverItsFailedAuthenticationsIsRefusedBeforeItsTokenIsRead() {
        RateLimiter limiter = new RateLimiter(6_000, 1_000, 60, 3);
        for (int i = 0; i < 3; i++) {
            limiter.failedAuthentication("10.9.9.9");
        }
        assertTrue(limiter.acquire(token("{\"iss\":\"i\",\"sub\":\"real\"}"), "10.9.9.9") > 0);
        assertEquals(0, limiter.acquire(token("{\"iss\":\"i\",\"sub\":\"real\"}"), "10.9.9.8"));
    }

    @Test
    void anUnreadableTokenIsCountedByAddress() {
        assertNull(RateLimiter.subjectOf("Bearer garbage"));
        assertNull(RateLimiter.subjectOf("Basic abc"));
        assertEquals("i s", RateLimiter.subjectOf(token("{\"iss\":\"i\",\"sub\":\"s\"}")));
    }
}
