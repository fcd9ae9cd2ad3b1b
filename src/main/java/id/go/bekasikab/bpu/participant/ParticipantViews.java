package id.go.bekasikab.bpu.participant;

import id.go.bekasikab.bpu.participant.ParticipantApi.Address;
import id.go.bekasikab.bpu.participant.ParticipantApi.Changes;
import id.go.bekasikab.bpu.participant.ParticipantApi.ContributionLineView;
import id.go.bekasikab.bpu.participant.ParticipantApi.HeirBody;
import id.go.bekasikab.bpu.participant.ParticipantApi.MonthlyContributionView;
import id.go.bekasikab.bpu.participant.ParticipantApi.ParticipantView;
import id.go.bekasikab.bpu.participant.ParticipantApi.StatusChangeView;
import id.go.bekasikab.bpu.platform.AuditLog;
import id.go.bekasikab.bpu.platform.Caller;
import id.go.bekasikab.bpu.reference.ReferenceDataService;
import id.go.bekasikab.bpu.rules.MonthlyContribution;
import id.go.bekasikab.bpu.rules.Nik;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** A participant as this caller may see it: NIKs whole for officers and auditors, masked for everyone else. */
@ApplicationScoped
class ParticipantViews {

    private final ReferenceDataService tariff;
    private final Caller actor;
    private final AuditLog audit;
    private final Clock clock;

    ParticipantViews(ReferenceDataService tariff, Caller actor, AuditLog audit, Clock clock) {
        this.tariff = tariff;
        this.actor = actor;
        this.audit = audit;
        this.clock = clock;
    }

    /** The view of a read, auditing it when it shows the NIK in full. */
    ParticipantView shownTo(Participant p, List<StatusChange> statusHistory) {
        if (actor.maySeeNik()) {
            audit.read("participant", p.id);
        }
        return view(p, statusHistory);
    }

    /** NIKs as this caller may see them: whole for officers and auditors, masked for everyone else. */
    String shown(String nik) {
        return nik == null || actor.maySeeNik() || !Nik.isWellFormed(nik) ? nik : new Nik(nik).masked();
    }

    static Changes changesOf(Participant p) {
        return new Changes(p.phone, p.email, new Address(p.addressLine, p.regionCode, p.postalCode), p.occupation,
                p.declaredIncome, List.copyOf(p.programmes()), heirsOf(p));
    }

    static List<HeirBody> heirsOf(Participant p) {
        return p.heirs.stream().map(h -> new HeirBody(h.fullName, h.relationship, h.birthDate, h.nik)).toList();
    }

    ParticipantView view(Participant p, List<StatusChange> statusHistory) {
        MonthlyContribution monthly = tariff.monthly(p.declaredIncome, p.programmes(), tariff.today());
        MonthlyContributionView contribution = new MonthlyContributionView(monthly.incomeBasis(),
                monthly.lines().stream().map(l -> new ContributionLineView(l.programme(), l.amount())).toList(),
                monthly.total());
        return new ParticipantView(p.id, p.membershipNumber, shown(p.nik), p.fullName, p.birthDate, p.sex, p.phone,
                p.email, new Address(p.addressLine, p.regionCode, p.postalCode), p.occupation, p.sector,
                p.declaredIncome, monthly.incomeBasis(), List.copyOf(p.programmes()), contribution,
                p.statusOn(LocalDate.now(clock)),
                heirsOf(p).stream().map(h -> new HeirBody(h.fullName(), h.relationship(), h.birthDate(), shown(h.nik())))
                        .toList(),
                statusHistory == null ? null : statusHistory.stream()
                        .map(c -> new StatusChangeView(c.from, c.to, c.reason, c.actor, c.changedAt)).toList(),
                p.createdAt, p.updatedAt);
    }
}
