package id.go.bekasikab.bpu.participant;

import id.go.bekasikab.bpu.platform.ProgrammeSet;
import id.go.bekasikab.bpu.platform.SqlValues;
import id.go.bekasikab.bpu.rules.Closure;
import id.go.bekasikab.bpu.rules.ClosureReason;
import id.go.bekasikab.bpu.rules.Member;
import id.go.bekasikab.bpu.rules.MembershipStatus;
import id.go.bekasikab.bpu.rules.Occupation;
import id.go.bekasikab.bpu.rules.Sector;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class ParticipantRepository implements PanacheRepositoryBase<Participant, UUID> {

    /** Serials for membership numbers, fetched in one round trip however many are needed. */
    List<Long> nextMembershipSerials(int count) {
        if (count == 0) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Number> serials = getEntityManager().createNativeQuery(
                        "select nextval('membership_number_seq') from generate_series(1, ?1)")
                .setParameter(1, count).getResultList();
        return serials.stream().map(Number::longValue).toList();
    }

    Map<String, UUID> idsByNikHash(List<String> hashes) {
        if (hashes.isEmpty()) {
            return Map.of();
        }
        return getEntityManager().createQuery("select p.nikHash, p.id from Participant p where p.nikHash in ?1",
                        Object[].class)
                .setParameter(1, hashes).getResultStream()
                .collect(Collectors.toMap(r -> (String) r[0], r -> (UUID) r[1]));
    }

    /** Participants whose membership has lapsed by today while their recorded status still says otherwise. */
    List<Participant> lapsedButNotRecorded(LocalDate today, int limit) {
        return find("paidThrough is not null and lapsesOn <= ?1 and closedOn is null and status <> ?2 order by id", today,
                MembershipStatus.ENDED).withLock(LockModeType.PESSIMISTIC_WRITE).page(0, limit).list();
    }

    /** A transaction-scoped advisory lock that only one replica's lapse recorder holds at a time. */
    boolean tryLapseLock() {
        return (Boolean) getEntityManager().createNativeQuery("select pg_try_advisory_xact_lock(7202611)")
                .getSingleResult();
    }

    Optional<Participant> lockById(UUID id) {
        return Optional.ofNullable(findById(id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The participant with its heirs, in one statement (the heirs would be a second one, read on first use). */
    Optional<Participant> findWithHeirs(UUID id) {
        return find("from Participant p left join fetch p.heirs where p.id = ?1", id).singleResultOptional();
    }

    Optional<Participant> findByNikHash(String nikHash) {
        return find("nikHash", nikHash).firstResultOptional();
    }

    Optional<Participant> findByMembershipNumber(String membershipNumber) {
        return find("membershipNumber", membershipNumber).firstResultOptional();
    }

    /** One page in id order (ids are time-ordered), after the given id; region codes match by prefix segment. */
    List<Participant> page(MembershipStatus status, LocalDate today, Occupation occupation, String regionCode,
                           UUID sponsoredBy, UUID after, int limit) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (after != null) {
            where.add("id > :after");
            params.and("after", after);
        }
        if (status != null) {
            // the same derivation as Membership.statusOn, in the query so that a page is never filtered afterwards
            where.add(switch (status) {
                case PENDING_FIRST_PAYMENT -> "paidThrough is null and (closedOn is null or closedOn > :today)";
                case ACTIVE -> "paidThrough is not null and lapsesOn > :today and (closedOn is null or closedOn > :today)";
                case ENDED -> "((paidThrough is not null and lapsesOn <= :today) or closedOn <= :today)";
            });
            params.and("today", today);
        }
        if (occupation != null) {
            where.add("occupation = :occupation");
            params.and("occupation", occupation);
        }
        if (sponsoredBy != null) {
            // a payer's system lists only its own workers; the sponsorship table is the payer feature's
            where.add("id in (select s.participantId from Sponsorship s where s.payerId = :payer)");
            params.and("payer", sponsoredBy);
        }
        if (regionCode != null) {
            where.add("(regionCode = :region or regionCode like :regionPrefix)");
            params.and("region", regionCode).and("regionPrefix", regionCode + ".%");
        }
        String query = where.isEmpty() ? "order by id" : String.join(" and ", where) + " order by id";
        return find(query, params).page(0, limit).list();
    }

    /** What the ledger needs of many participants, in one query, in the order of {@code ids}; unknown ids left out. */
    Map<UUID, Member> membersOf(List<UUID> ids, ZoneId zone) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select p.id, p.created_at, p.declared_income, p.programmes, p.sector, p.closed_on, p.cover_ends_on,
                       p.close_reason
                  from unnest(cast(?1 as uuid[])) with ordinality as wanted(id, n) join participant p on p.id = wanted.id
                 order by wanted.n
                """).setParameter(1, SqlValues.uuidArray(ids)).getResultList();
        Map<UUID, Member> members = new LinkedHashMap<>();
        for (Object[] r : rows) {
            LocalDate closedOn = SqlValues.localDate(r[5]);
            Closure closure = closedOn == null ? null
                    : new Closure(SqlValues.localDate(r[6]), closedOn, ClosureReason.valueOf((String) r[7]));
            members.put((UUID) r[0], new Member(LocalDate.ofInstant(SqlValues.instant(r[1]), zone),
                    ((Number) r[2]).longValue(), ProgrammeSet.parse((String) r[3]), Sector.valueOf((String) r[4]),
                    closure));
        }
        return members;
    }
}
