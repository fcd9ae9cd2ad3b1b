package id.go.bekasikab.bpu.participant;

import id.go.bekasikab.bpu.rules.HeirRelationship;
import id.go.bekasikab.bpu.rules.Programme;
import id.go.bekasikab.bpu.rules.Sector;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import java.util.UUID;

/** What other features need to know of a participant to bill and cover them. */
public record ParticipantFacts(UUID id, String membershipNumber, LocalDate registeredOn, LocalDate birthDate,
                               long declaredIncome, Set<Programme> programmes, Sector sector, YearMonth paidThrough,
                               LocalDate lapsesOn, LocalDate closedOn, Set<HeirRelationship> heirs) {

    public YearMonth registeredMonth() {
        return YearMonth.from(registeredOn);
    }
}
