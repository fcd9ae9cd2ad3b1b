package id.go.bekasikab.bpu.rules;

public enum Sex {
    MALE, FEMALE
}
