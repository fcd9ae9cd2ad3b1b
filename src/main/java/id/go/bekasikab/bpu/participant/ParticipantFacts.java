package id.go.bekasikab.bpu.participant;

import id.go.bekasikab.bpu.rules.Closure;
import id.go.bekasikab.bpu.rules.HeirRelationship;
import id.go.bekasikab.bpu.rules.Member;
import id.go.bekasikab.bpu.rules.Programme;
import id.go.bekasikab.bpu.rules.Sector;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import java.util.UUID;

/**
 * What other features need to know of a participant to bill, cover and pay them. Standing (paid through, lapse) is
 * not here: the ledger derives it from what was paid. {@code regionCode} is the domicile (the address's village).
 */
public record ParticipantFacts(UUID id, String membershipNumber, LocalDate registeredOn, LocalDate birthDate,
                               long declaredIncome, Set<Programme> programmes, Sector sector, Closure closure,
                               Set<HeirRelationship> heirs, String regionCode) {

    public YearMonth registeredMonth() {
        return YearMonth.from(registeredOn);
    }

    /** The participant as the ledger sees it. */
    public Member member() {
        return new Member(registeredOn, declaredIncome, programmes, sector, closure);
    }
}
