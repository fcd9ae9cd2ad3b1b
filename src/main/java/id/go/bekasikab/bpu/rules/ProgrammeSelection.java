package id.go.bekasikab.bpu.rules;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Which programmes a BPU participant may hold: JKK and JKM together, JHT optional (PP 44/2015; Permenaker 5/2021). */
public final class ProgrammeSelection {

    private ProgrammeSelection() {
    }

    /** A participant's (or an enrolment's) programmes: BPU programmes, each once, JKK and JKM among them. */
    public static Optional<Rejection> check(Collection<Programme> requested) {
        Optional<Rejection> covered = checkCovered(requested);
        if (covered.isPresent()) {
            return covered;
        }
        if (!requested.contains(Programme.JKK) || !requested.contains(Programme.JKM)) {
            return Optional.of(Rejection.JKK_AND_JKM_REQUIRED);
        }
        return Optional.empty();
    }

    /** What a payer may cover of a participant: any BPU programmes, each once (it need not cover both JKK and JKM). */
    public static Optional<Rejection> checkCovered(Collection<Programme> requested) {
        if (requested.stream().anyMatch(p -> !p.offeredToBpu())) {
            return Optional.of(Rejection.PROGRAMME_NOT_FOR_BPU);
        }
        if (Set.copyOf(requested).size() != requested.size()) {
            return Optional.of(Rejection.DUPLICATE_PROGRAMME);
        }
        return Optional.empty();
    }

    public static EnumSet<Programme> of(Collection<Programme> requested) {
        return requested.isEmpty() ? EnumSet.noneOf(Programme.class) : EnumSet.copyOf(requested);
    }
}
