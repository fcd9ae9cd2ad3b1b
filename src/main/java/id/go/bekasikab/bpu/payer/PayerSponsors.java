package id.go.bekasikab.bpu.payer;

import id.go.bekasikab.bpu.contribution.SponsorDirectory;
import id.go.bekasikab.bpu.platform.ProgrammeSet;
import id.go.bekasikab.bpu.platform.SqlValues;
import id.go.bekasikab.bpu.rules.Sponsor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The sponsorships the ledger needs, with each payer's funding, for one participant or a hundred thousand. */
@ApplicationScoped
class PayerSponsors implements SponsorDirectory {

    private final EntityManager em;

    PayerSponsors(EntityManager em) {
        this.em = em;
    }

    @Override
    public Map<UUID, List<Sponsor>> sponsorsOf(Collection<UUID> participantIds) {
        Map<UUID, List<Sponsor>> byParticipant = new HashMap<>();
        if (participantIds.isEmpty()) {
            return byParticipant;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select s.participant_id, s.id, s.payer_id, p.name, p.funding_source, s.from_month, s.to_month,
                       s.programmes
                  from unnest(cast(?1 as uuid[])) as wanted(id)
                  join sponsorship s on s.participant_id = wanted.id join payer p on p.id = s.payer_id
                 order by s.participant_id, s.from_month, s.id
                """).setParameter(1, SqlValues.uuidArray(participantIds)).getResultList();
        for (Object[] r : rows) {
            YearMonth to = r[6] == null ? null : YearMonth.from(SqlValues.localDate(r[6]));
            byParticipant.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add(new Sponsor((UUID) r[1], (UUID) r[2],
                    (String) r[3], FundingSource.valueOf((String) r[4]).funding(),
                    YearMonth.from(SqlValues.localDate(r[5])), to, ProgrammeSet.parse((String) r[7])));
        }
        return byParticipant;
    }
}
