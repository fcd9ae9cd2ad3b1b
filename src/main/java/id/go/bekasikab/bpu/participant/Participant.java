package id.go.bekasikab.bpu.participant;

import id.go.bekasikab.bpu.participant.ParticipantApi.Changes;
import id.go.bekasikab.bpu.participant.ParticipantApi.HeirBody;
import id.go.bekasikab.bpu.rules.Closure;
import id.go.bekasikab.bpu.rules.ClosureReason;
import id.go.bekasikab.bpu.rules.Membership;
import id.go.bekasikab.bpu.rules.MembershipStatus;
import id.go.bekasikab.bpu.rules.Occupation;
import id.go.bekasikab.bpu.rules.PersonName;
import id.go.bekasikab.bpu.rules.Programme;
import id.go.bekasikab.bpu.rules.ProgrammeSelection;
import id.go.bekasikab.bpu.rules.Sector;
import id.go.bekasikab.bpu.rules.Sex;
import jakarta.persistence.CollectionTable;
import id.go.bekasikab.bpu.platform.ProgrammeSet;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** A BPU participant as stored. Never leaves the service layer: resources see {@link ParticipantView}. */
@Entity
@Table(name = "participant")
class Participant {

    @Id
    UUID id;

    @Column(name = "membership_number", nullable = false, updatable = false)
    String membershipNumber;

    /** Changed only by an approved correction or by erasure, never by PATCH. */
    @Column(nullable = false)
    String nik;

    @Column(name = "nik_hash", nullable = false)
    String nikHash;

    @Column(name = "full_name", nullable = false)
    String fullName;

    @Column(name = "birth_date", nullable = false)
    LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Sex sex;

    @Column(nullable = false)
    String phone;

    String email;

    @Column(name = "address_line", nullable = false)
    String addressLine;

    @Column(name = "region_code", nullable = false)
    String regionCode;

    @Column(name = "postal_code")
    String postalCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Occupation occupation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Sector sector;

    @Column(name = "declared_income", nullable = false)
    long declaredIncome;

    @Convert(converter = ProgrammeSet.class)
    @Column(nullable = false)
    EnumSet<Programme> programmes;

    /** The status last recorded in the history; what callers see is derived, see {@link #statusOn}. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    MembershipStatus status;

    /** The first day of the last paid contribution month, or null before the first payment. */
    @Column(name = "paid_through")
    LocalDate paidThrough;

    @Column(name = "lapses_on")
    LocalDate lapsesOn;

    /** The first day the membership reads ENDED after a closure (see {@link Closure}); null while it is open. */
    @Column(name = "closed_on")
    LocalDate closedOn;

    /** The last day a closed membership covered: the day of the death or disability, or the day before erasure. */
    @Column(name = "cover_ends_on")
    LocalDate coverEndsOn;

    @Column(name = "close_reason")
    String closeReason;

    /** When the person's data was pseudonymised at their request; the membership is closed from then. */
    @Column(name = "erased_at")
    Instant erasedAt;

    @ElementCollection
    @CollectionTable(name = "heir", joinColumns = @JoinColumn(name = "participant_id"))
    @OrderColumn(name = "position")
    List<Heir> heirs = new ArrayList<>();

    @Version
    long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    MembershipStatus statusOn(LocalDate day) {
        return Membership.statusOn(day, paidThroughMonth(), lapsesOn, closedOn);
    }

    YearMonth paidThroughMonth() {
        return paidThrough == null ? null : YearMonth.from(paidThrough);
    }

    EnumSet<Programme> programmes() {
        return EnumSet.copyOf(programmes);
    }

    void setOccupation(Occupation occupation) {
        this.occupation = occupation;
        this.sector = occupation.sector();
    }

    Closure closure() {
        return closedOn == null ? null : new Closure(coverEndsOn, closedOn, ClosureReason.valueOf(closeReason));
    }

    ParticipantFacts facts(ZoneId zone) {
        return new ParticipantFacts(id, membershipNumber, LocalDate.ofInstant(createdAt, zone), birthDate,
                declaredIncome, programmes(), sector, closure(),
                heirs.stream().map(h -> h.relationship).collect(Collectors.toSet()), regionCode);
    }

    /** The fields a registration sets and a merge patch may change. */
    void change(Changes changes) {
        phone = Phones.normalise(changes.phone());
        email = changes.email();
        addressLine = changes.address().line().strip();
        regionCode = changes.address().regionCode();
        postalCode = changes.address().postalCode();
        setOccupation(changes.occupation());
        declaredIncome = changes.declaredIncome();
        programmes = ProgrammeSelection.of(changes.programmes());
        heirs.clear();
        for (HeirBody body : changes.heirs()) {
            Heir heir = new Heir();
            heir.fullName = PersonName.of(body.fullName()).value();
            heir.relationship = body.relationship();
            heir.birthDate = body.birthDate();
            heir.nik = body.nik();
            heirs.add(heir);
        }
    }

    /** Closed for good: the closure's dates decide cover and status from now on. */
    void close(Closure closure, Instant now) {
        closedOn = closure.endedOn();
        coverEndsOn = closure.lastCoveredDay();
        closeReason = closure.reason().name();
        updatedAt = now;
    }

    static String pseudonymOf(UUID id) {
        return "E" + id.toString().replace("-", "").substring(0, 15);
    }

    /**
     * Consent withdrawn: the person's data pseudonymised, heirs (third parties) removed, the membership closed;
     * payments, contributions and claims stay as they are.
     */
    void erase(String pseudonymHash, Instant now, LocalDate today) {
        nik = pseudonymOf(id);
        nikHash = pseudonymHash;
        fullName = "Peserta " + membershipNumber;
        birthDate = birthDate.withDayOfYear(1);
        phone = "+620000000000";
        email = null;
        addressLine = "-";
        regionCode = regionCode.substring(0, 8) + ".0000";
        postalCode = null;
        heirs.clear();
        erasedAt = now;
        if (closedOn == null) {
            close(Closure.byErasure(today), now);
        }
        updatedAt = now;
    }
}
