package id.go.bekasikab.bpu.rules;

/** Who funds a participant's contribution; APBD and APBN funding is excluded from the PP 50/2025 discount. */
public enum Funding {
    SELF, APBD, APBN, OTHER
}
