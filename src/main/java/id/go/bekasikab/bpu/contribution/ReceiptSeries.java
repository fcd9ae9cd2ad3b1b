package id.go.bekasikab.bpu.contribution;

/**
 * The receipt books: each is numbered from 1 every business day without gaps. A payer's bulk payment holds its book
 * until it commits, so the participants' own payments keep a book of their own.
 */
enum ReceiptSeries {
    /** A participant's own payment, at a counter or through a channel. */
    BPU,
    /** A participant-month a payer settled in a bulk payment. */
    BPP
}
