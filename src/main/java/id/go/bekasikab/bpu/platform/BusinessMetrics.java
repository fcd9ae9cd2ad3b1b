package id.go.bekasikab.bpu.platform;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * The business counters operators watch (issue #16), per replica, in Prometheus form on the management port
 * ({@code /q/metrics}). Tags are enum names only — channel, funding, outcome, programme, status — never an id, a
 * NIK or an amount, so the series stay few.
 */
@ApplicationScoped
public class BusinessMetrics {

    private final MeterRegistry registry;

    BusinessMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** A receipt issued: one payment (a participant's own, or one line of a payer's bulk payment). */
    public void paid(Enum<?> channel, Enum<?> funding, long amount) {
        Counter.builder("bpu.payments").description("contribution payments (receipts issued)")
                .tag("channel", channel.name()).tag("funding", funding.name()).register(registry).increment();
        Counter.builder("bpu.payments.amount").baseUnit("rupiah").description("rupiah paid in contributions")
                .tag("channel", channel.name()).tag("funding", funding.name()).register(registry).increment(amount);
    }

    public void reversed(Enum<?> channel, long amount) {
        Counter.builder("bpu.reversals").description("payments reversed").tag("channel", channel.name())
                .register(registry).increment();
        Counter.builder("bpu.reversals.amount").baseUnit("rupiah").description("rupiah reversed")
                .tag("channel", channel.name()).register(registry).increment(amount);
    }

    /** A retry answered from its stored response instead of running again. */
    public void replayed(String operation) {
        Counter.builder("bpu.idempotent.replays").description("retries answered with the first response")
                .tag("operation", operation).register(registry).increment();
    }

    /** New participants; {@code source} is api or enrolment. */
    public void registered(String source, long count) {
        Counter.builder("bpu.registrations").description("participants registered").tag("source", source)
                .register(registry).increment(count);
    }

    public void enrolmentRows(String outcome, long count) {
        Counter.builder("bpu.enrolment.rows").description("bulk enrolment rows processed").tag("outcome", outcome)
                .register(registry).increment(count);
    }

    public void enrolmentJobFinished(String state, Duration took) {
        Timer.builder("bpu.enrolment.jobs").description("bulk enrolment jobs, from upload to the end")
                .tag("state", state).register(registry).record(took);
    }

    public void invoiceServed() {
        Counter.builder("bpu.invoices").description("invoices served (JSON or CSV)").register(registry).increment();
    }

    public void payerPayment(long amount, long settled) {
        Counter.builder("bpu.payer.payments").description("payers' bulk payments booked").register(registry)
                .increment();
        Counter.builder("bpu.payer.payments.amount").baseUnit("rupiah").description("rupiah of payers' transfers")
                .register(registry).increment(amount);
        Counter.builder("bpu.payer.payments.settled").baseUnit("rupiah")
                .description("rupiah of payers' transfers that settled invoice lines").register(registry)
                .increment(settled);
    }

    /** A claim entered a status (SUBMITTED on submission). */
    public void claimEntered(Enum<?> programme, Enum<?> status) {
        Counter.builder("bpu.claims.transitions").description("claims entering a status")
                .tag("programme", programme.name()).tag("status", status.name()).register(registry).increment();
    }

    public void lapsesRecorded(long count) {
        Counter.builder("bpu.lapses.recorded").description("lapses written into status histories").register(registry)
                .increment(count);
    }

    public void rateLimited() {
        Counter.builder("bpu.rate.limited").description("requests refused with 429").register(registry).increment();
    }
}
