package id.go.bekasikab.bpu.rules;

/** Transport of the injured, with its ceiling (PP 82/2019; bpu-rules.md §4 [C]). */
public enum TransportMode {
    LAND(5_000_000), SEA(2_000_000), AIR(10_000_000);

    private final long ceiling;

    TransportMode(long ceiling) {
        this.ceiling = ceiling;
    }

    public long ceiling() {
        return ceiling;
    }
}
