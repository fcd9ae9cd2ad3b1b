package id.go.bekasikab.bpu.rules;

/** Why a JHT balance is paid out (PP 46/2015, Permenaker 4/2022; bpu-rules.md §4 [C]). */
public enum JhtReason {
    AGE_56, DEATH, TOTAL_DISABILITY, STOPPED_WORKING, PARTIAL_HOUSING, PARTIAL_OTHER
}
