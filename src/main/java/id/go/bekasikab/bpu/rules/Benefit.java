package id.go.bekasikab.bpu.rules;

/** One benefit line of a claim: a stable code, the amount in rupiah and how it was computed. */
public record Benefit(String code, long amount, String basis) {

    public Benefit {
        if (amount < 0) {
            throw new IllegalArgumentException("a benefit is never negative");
        }
    }
}
