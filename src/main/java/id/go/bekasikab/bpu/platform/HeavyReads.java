package id.go.bekasikab.bpu.platform;

import io.smallrye.faulttolerance.api.Guard;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * The bulkhead for reads that hold a database connection for long (invoices of 100,000 lines, coverage statistics):
 * only a few run at once on a replica, a few more wait their turn, and the rest are told 503 with Retry-After at
 * once. So however many integrators fetch invoices together, the pool keeps connections for payments and
 * registrations. They run on the read-only datasource ({@link ReadRouting}). One SmallRye Fault Tolerance guard shared by every such read, rather than one limit per method.
 */
@ApplicationScoped
public class HeavyReads {

    private final Guard guard;

    HeavyReads(Settings settings) {
        int concurrency = settings.heavyReads().concurrency();
        int queue = settings.heavyReads().queue();
        this.guard = Guard.create().withDescription("heavy-reads")
                .withBulkhead().limit(concurrency).queueSize(queue).enableSynchronousQueueing().done()
                .build();
    }

    /** Runs the read within the bulkhead; a BulkheadException when it is full (a 503, see ProblemMappers). */
    public <T> T run(Class<T> type, Supplier<T> read) {
        return guard.get(() -> ReadRouting.reading(read), type);
    }
}
