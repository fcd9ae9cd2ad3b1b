package id.go.bekasikab.bpu.payer;

import id.go.bekasikab.bpu.rules.Funding;

/** Where a payer's money comes from: regional, village or national budget, or private funds. */
public enum FundingSource {
    APBD, APBDES, APBN, PRIVATE;

    public Funding funding() {
        return switch (this) {
            case APBD -> Funding.APBD;
            case APBDES -> Funding.APBDES;
            case APBN -> Funding.APBN;
            case PRIVATE -> Funding.OTHER;
        };
    }
}
