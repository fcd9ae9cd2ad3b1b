package id.go.bekasikab.bpu.contribution;

/** Where a payment came in: a branch counter, a bank, an e-wallet, a retail outlet, or a payer's bulk payment. */
public enum Channel {
    COUNTER, BANK, EWALLET, RETAIL, PAYER
}
