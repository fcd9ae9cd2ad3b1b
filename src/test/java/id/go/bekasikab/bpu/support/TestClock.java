package id.go.bekasikab.bpu.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** The service's clock in tests: the real time until a test sets it, so tests move time instead of sleeping. */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends Clock {

    public static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private volatile Instant fixed;

    /** Ten in the morning, Jakarta time, on the given day. */
    public void setDay(LocalDate day) {
        set(day.atTime(10, 0));
    }

    public void set(LocalDateTime jakartaTime) {
        fixed = jakartaTime.atZone(JAKARTA).toInstant();
    }

    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return JAKARTA;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant now = fixed;
        return now == null ? Instant.now() : now;
    }
}
