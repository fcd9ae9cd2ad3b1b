package id.go.bekasikab.bpu.rules;

/**
 * Who funds a participant's contribution. PP 50/2025 excludes APBD- and APBN-funded participants from its discount;
 * whether a village budget (APBDes) counts is not settled, so the exclusions are data on each discount window.
 */
public enum Funding {
    SELF, APBD, APBDES, APBN, OTHER
}
