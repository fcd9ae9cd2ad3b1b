package id.go.bekasikab.bpu.platform;

/** The roles a token's {@code groups} claim carries; README and contract hold the authorisation matrix. */
public final class Roles {

    /** A payer's system (e.g. Pemkab Bekasi): its own payer, sponsored participants, jobs, invoices, payments. */
    public static final String INTEGRATION = "integration";
    /** A mobile-app backend: register, quote, status, statement, coverage, pay, claims; NIKs masked. */
    public static final String MOBILE = "mobile";
    /** Branch staff: everything on participants and claims, claim decisions. */
    public static final String OFFICER = "officer";
    /** Read-only everywhere, and the audit log. */
    public static final String AUDITOR = "auditor";
    /**
     * A payment channel's host (bank, post office, retail chain, e-wallet, village agent network): inquiries, payments,
     * reversals and settlement files of its own; its token carries {@code channel_id}. It sees amounts due and a
     * masked name, never a person's record.
     */
    public static final String CHANNEL = "channel";
    /** Payers, payment channels and reference data. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
