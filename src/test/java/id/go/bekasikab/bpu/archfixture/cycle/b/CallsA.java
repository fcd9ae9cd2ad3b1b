package id.go.bekasikab.bpu.archfixture.cycle.b;

/** A deliberate cycle with {@code a}, to prove the cycle rule can fail. */
public class CallsA {

    public int call() {
        return new id.go.bekasikab.bpu.archfixture.cycle.a.CallsB().value();
    }

    public int value() {
        return 2;
    }
}
