package id.go.bekasikab.bpu.payer;

/** Payer fixtures for tests of other features. */
public final class PayerTestSupport {

    private PayerTestSupport() {
    }

    public static String payer(String type, String funding, String name) {
        return PayerTest.payer(type, funding, name);
    }

    public static void sponsor(String payerId, String participantId, String from) {
        PayerTest.sponsor(payerId, participantId, from, null).then().statusCode(201);
    }

    /** Runs every queued enrolment job to its end, here and now. */
    public static void runJobs() {
        io.quarkus.arc.Arc.container().instance(EnrolmentWorker.class).get().drain();
    }

    public static String csvHeader() {
        return EnrolmentService.CSV_HEADER;
    }
}
