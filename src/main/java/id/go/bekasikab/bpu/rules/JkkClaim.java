package id.go.bekasikab.bpu.rules;

import java.util.List;
import java.util.Map;

/**
 * The facts of a work-accident claim that decide its benefits. {@code disabilityPercent} is the examining doctor's
 * figure (the Lampiran III table is not loaded yet); transport and medical costs are the amounts claimed.
 */
public record JkkClaim(AccidentKind accidentKind, JkkOutcome outcome, int incapacityMonths, int disabilityPercent,
                       Map<TransportMode, Long> transport, List<Long> medical, List<Child> children) {
}
