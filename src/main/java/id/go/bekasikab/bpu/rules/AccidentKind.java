package id.go.bekasikab.bpu.rules;

/** What makes an accident a work accident (bpu-rules.md §4 [C]). */
public enum AccidentKind {
    AT_WORK, COMMUTING, WORK_TRIP, OCCUPATIONAL_DISEASE, SUDDEN_DEATH_AT_WORK
}
