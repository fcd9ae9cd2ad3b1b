package id.go.bekasikab.bpu.platform;

import org.hibernate.exception.ConstraintViolationException;

/** Which database constraint refused a write: how services turn a lost race into the right 409. */
public final class Constraints {

    private Constraints() {
    }

    /** Whether a constraint whose name contains {@code name} was violated anywhere in the cause chain. */
    public static boolean violated(Throwable e, String name) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation && violation.getConstraintName() != null
                    && violation.getConstraintName().toLowerCase().contains(name)) {
                return true;
            }
        }
        return false;
    }
}
