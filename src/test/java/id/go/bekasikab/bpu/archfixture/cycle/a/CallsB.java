package id.go.bekasikab.bpu.archfixture.cycle.a;

/** A deliberate cycle with {@code b}, to prove the cycle rule can fail. */
public class CallsB {

    public int call() {
        return new id.go.bekasikab.bpu.archfixture.cycle.b.CallsA().value();
    }

    public int value() {
        return 1;
    }
}
