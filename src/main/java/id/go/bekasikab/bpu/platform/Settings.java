package id.go.bekasikab.bpu.platform;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Every setting of the service (bpu.*), read and validated once at start: a value out of range, or a property under
 * bpu. that nothing reads (a typo), stops the start with the property named. Which of them production must be given
 * is checked earlier still, by Preflight; application.properties maps each to its environment variable.
 */
@ConfigMapping(prefix = "bpu")
public interface Settings {

    /** The business zone: days, months and due dates are Asia/Jakarta's. */
    ZoneId zone();

    Http http();

    RateLimit rateLimit();

    HeavyReadLimits heavyReads();

    Enrolment enrolment();

    Lapses lapses();

    Nik nik();

    Contributions contributions();

    JhtReturns jht();

    Webhooks webhooks();

    Channels channels();

    interface Http {
        @Min(1024)
        long maxBodyBytes();

        @Min(1024)
        long maxUploadBytes();

        /** Location headers start with it; absent, they are paths from the root. */
        Optional<String> publicBaseUrl();
    }

    interface RateLimit {
        @Positive
        int perMinute();

        @Positive
        int burst();

        @Positive
        int failuresPerMinute();

        @Positive
        int failuresBurst();
    }

    interface HeavyReadLimits {
        @Positive
        int concurrency();

        @PositiveOrZero
        int queue();
    }

    interface Enrolment {
        @WithDefault("true")
        boolean autostart();

        @WithDefault("500")
        @Min(1)
        @Max(10_000)
        int chunkSize();

        Duration lease();

        /** A scheduler interval (5s, 1m): the @Scheduled poll reads it by name. */
        @NotBlank
        String pollEvery();
    }

    interface Lapses {
        /** A scheduler interval: the @Scheduled recorder reads it by name. */
        @WithDefault("15m")
        @NotBlank
        String recordEvery();

        /** membership.lapsing is told this many days before a membership lapses. */
        @WithDefault("7")
        @Min(1)
        @Max(60)
        int lapsingNoticeDays();
    }

    interface Nik {
        @NotBlank
        String hashKey();

        /** Set only while rotating the key: the key the hashes were made with. */
        Optional<String> previousHashKey();
    }

    interface Contributions {
        /** bpu-rules.md §2 [U]: a payment may reach 1–12 months ahead. */
        @Min(1)
        @Max(12)
        int maxMonthsAhead();

        /** contribution.due is told this many days before a month's due date. */
        @WithDefault("3")
        @Min(1)
        @Max(14)
        int dueNoticeDays();
    }

    interface JhtReturns {
        /** Annual JHT return credited monthly, in basis points of the balance. */
        @Min(0)
        @Max(10_000)
        int annualReturnBasisPoints();
    }

    interface Webhooks {
        /** Only https targets, unless this is set (the run command and the tests post to http://localhost). */
        @WithDefault("false")
        boolean allowPlainHttp();

        /** Never a loopback, private or link-local target, unless this is set. */
        @WithDefault("false")
        boolean allowPrivateTargets();

        /** The first retry waits this long, each next one twice as long (plus jitter), up to maxRetryInterval. */
        @WithDefault("PT10S")
        Duration firstRetry();

        @WithDefault("PT1H")
        Duration maxRetryInterval();

        /** A delivery still failing this long after its first attempt is given up and its subscription disabled. */
        @WithDefault("PT24H")
        Duration giveUpAfter();

        /** Connect and response time-out of one delivery. */
        @WithDefault("PT10S")
        Duration timeout();

        /** A scheduler interval: how often the dispatcher runs. */
        @WithDefault("1s")
        @NotBlank
        String dispatchEvery();
    }

    interface Channels {
        /** How long an inquiry's amounts may be paid: the time a teller or an app needs to take the money. */
        @WithDefault("PT15M")
        Duration inquiryValidity();

        /**
         * How many days after its business day (Asia/Jakarta) a payment may still be reversed by its channel; 0 is the
         * same business day. Officers reverse later with a reason.
         */
        @WithDefault("0")
        int reversalWindowDays();
    }
}
