package id.go.bekasikab.bpu.payer;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.Session;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class SponsorshipRepository implements PanacheRepositoryBase<Sponsorship, UUID> {

    List<Sponsorship> ofParticipant(UUID participantId) {
        return list("participantId = ?1 order by fromMonth, id", participantId);
    }

    Optional<Sponsorship> ofPayer(UUID payerId, UUID sponsorshipId) {
        return find("id = ?1 and payerId = ?2", sponsorshipId, payerId).firstResultOptional();
    }

    /** Writes the per-programme months that the exclusion constraint checks, in one JDBC batch. */
    void insertProgrammes(List<Sponsorship> created, List<String> programmes) {
        if (created.isEmpty()) {
            return;
        }
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into sponsored_programme"
                    + " (sponsorship_id, participant_id, programme, months) values (?, ?, ?, daterange(?, ?, '[)'))")) {
                for (Sponsorship s : created) {
                    for (String programme : programmes) {
                        insert.setObject(1, s.id);
                        insert.setObject(2, s.participantId);
                        insert.setString(3, programme);
                        insert.setObject(4, s.fromMonth);
                        insert.setObject(5, s.toMonth == null ? null : s.toMonth.plusMonths(1));
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
            }
        });
    }

    /** For each participant, the payer holding one of these programmes from this month on, if any. */
    Map<UUID, UUID> holders(List<UUID> participantIds, List<String> programmes, LocalDate from) {
        if (participantIds.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("select sp.participant_id, s.payer_id"
                        + " from sponsored_programme sp join sponsorship s on s.id = sp.sponsorship_id"
                        + " where sp.participant_id in (?1) and sp.programme in (?2) and sp.months && daterange(?3, null, '[)')")
                .setParameter(1, participantIds).setParameter(2, programmes).setParameter(3, from).getResultList();
        Map<UUID, UUID> holders = new HashMap<>();
        rows.forEach(r -> holders.putIfAbsent((UUID) r[0], (UUID) r[1]));
        return holders;
    }

    void endProgrammes(UUID sponsorshipId, LocalDate lastMonth) {
        getEntityManager().createNativeQuery("update sponsored_programme set months = daterange(lower(months), ?2, '[)')"
                        + " where sponsorship_id = ?1")
                .setParameter(1, sponsorshipId).setParameter(2, lastMonth.plusMonths(1)).executeUpdate();
    }

    /** The payer holding a programme of the participant in any of these months, if one does. */
    Optional<UUID> overlappingPayer(UUID participantId, List<String> programmes, LocalDate from, LocalDate toExclusive) {
        @SuppressWarnings("unchecked")
        List<UUID> payers = getEntityManager().createNativeQuery("select s.payer_id from sponsored_programme sp"
                        + " join sponsorship s on s.id = sp.sponsorship_id where sp.participant_id = ?1"
                        + " and sp.programme in (?2) and sp.months && daterange(?3, ?4, '[)') limit 1", UUID.class)
                .setParameter(1, participantId).setParameter(2, programmes)
                .setParameter(3, from).setParameter(4, toExclusive).getResultList();
        return payers.stream().findFirst();
    }

    /** Where these participants live (the address's village code). */
    Map<UUID, String> regionsOf(java.util.Collection<UUID> participantIds) {
        if (participantIds.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery(
                        "select id, region_code from participant where id = any(cast(?1 as uuid[]))")
                .setParameter(1, id.go.bekasikab.bpu.platform.SqlValues.uuidArray(participantIds)).getResultList();
        Map<UUID, String> regions = new java.util.HashMap<>();
        rows.forEach(r -> regions.put((UUID) r[0], (String) r[1]));
        return regions;
    }
}
