package id.go.bekasikab.bpu.contribution;

/**
 * Where a payment came in: a branch counter, a bank, the post office, an e-wallet, a retail outlet, a village agent,
 * or a payer's bulk payment. A registered payment channel is one of these kinds, all but PAYER.
 */
public enum Channel {
    COUNTER, BANK, POST, EWALLET, RETAIL, AGENT, PAYER
}
