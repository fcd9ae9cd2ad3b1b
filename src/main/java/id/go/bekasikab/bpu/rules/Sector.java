package id.go.bekasikab.bpu.rules;

/** Sector as PP 50/2025 distinguishes it: transport workers get a longer discount period. */
public enum Sector {
    TRANSPORT, GENERAL
}
