package id.go.bekasikab.bpu.participant;

import id.go.bekasikab.bpu.platform.Settings;
import id.go.bekasikab.bpu.platform.NikHasher;
import id.go.bekasikab.bpu.platform.SqlValues;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Pins the NIK hash key to the data it hashed. At start: a database without a fingerprint records the key's; the
 * same key goes ahead; another key is refused, since with it no registered NIK would be found and each could be
 * registered again — unless the recorded key is given as BPU_NIK_HASH_KEY_PREVIOUS, which rotates: every NIK is
 * re-hashed under the new key in one transaction, and the new fingerprint recorded.
 */
@Singleton
class NikKeyCheck {

    private static final Logger LOG = Logger.getLogger(NikKeyCheck.class);
    private static final int BATCH = 1_000;

    /** What the start found, for the log and the tests. */
    enum Outcome { RECORDED, SAME_KEY, ROTATED }

    private final EntityManager em;
    private final NikHasher current;
    private final Optional<String> previousKey;

    NikKeyCheck(EntityManager em, NikHasher current, Settings settings) {
        this.em = em;
        this.current = current;
        this.previousKey = settings.nik().previousHashKey();
    }

    void atStart(@Observes @Priority(1) StartupEvent start) {
        Outcome outcome = check(current, previousKey.map(NikHasher::withKey));
        if (outcome == Outcome.ROTATED) {
            LOG.info("NIK hashes rotated to the key in BPU_NIK_HASH_KEY; unset BPU_NIK_HASH_KEY_PREVIOUS");
        } else if (outcome == Outcome.SAME_KEY && previousKey.isPresent()) {
            LOG.info("BPU_NIK_HASH_KEY_PREVIOUS is set but the hashes are already under BPU_NIK_HASH_KEY: unset it");
        }
    }

    Outcome check(NikHasher key, Optional<NikHasher> previous) {
        return QuarkusTransaction.requiringNew().call(() -> {
            // one replica at a time: the others wait here for the first one's answer (and rotation)
            em.createNativeQuery("lock table nik_hash_key in exclusive mode").executeUpdate();
            @SuppressWarnings("unchecked")
            List<String> recorded = em.createNativeQuery("select fingerprint from nik_hash_key").getResultList();
            if (recorded.isEmpty()) {
                requireHashesMadeBy(key);
                em.createNativeQuery("insert into nik_hash_key (fingerprint, recorded_at) values (?1, ?2)")
                        .setParameter(1, key.fingerprint()).setParameter(2, Instant.now()).executeUpdate();
                return Outcome.RECORDED;
            }
            if (recorded.get(0).equals(key.fingerprint())) {
                return Outcome.SAME_KEY;
            }
            if (previous.isPresent() && recorded.get(0).equals(previous.get().fingerprint())) {
                int rehashed = rehash(key);
                em.createNativeQuery("update nik_hash_key set fingerprint = ?1, recorded_at = ?2")
                        .setParameter(1, key.fingerprint()).setParameter(2, Instant.now()).executeUpdate();
                LOG.infof("re-hashed %d NIKs under the new key", rehashed);
                return Outcome.ROTATED;
            }
            throw new IllegalStateException("BPU_NIK_HASH_KEY is not the key this database's NIK hashes were made with"
                    + (previous.isPresent() ? ", and neither is BPU_NIK_HASH_KEY_PREVIOUS" : "")
                    + ": start with that key, or rotate by setting BPU_NIK_HASH_KEY_PREVIOUS to it (README, Configuration)");
        });
    }

    /**
     * A database that predates the fingerprint: its hashes must be this key's before the key is recorded as theirs
     * (checked on a few participants, whose NIKs are kept in the clear for the branch's records).
     */
    private void requireHashesMadeBy(NikHasher key) {
        @SuppressWarnings("unchecked")
        List<Object[]> sample = em.createNativeQuery("select nik, nik_hash from participant limit 20").getResultList();
        for (Object[] row : sample) {
            if (!key.hash((String) row[0]).equals(row[1])) {
                throw new IllegalStateException("BPU_NIK_HASH_KEY did not make this database's NIK hashes: start with"
                        + " the key that did (it is recorded from then on), or rotate with BPU_NIK_HASH_KEY_PREVIOUS");
            }
        }
    }

    /** Every participant's hash under the new key, in batches, while the table is locked against writes. */
    private int rehash(NikHasher key) {
        em.createNativeQuery("lock table participant in share row exclusive mode").executeUpdate();
        // the unique index would see a half-rotated table: old and new hashes can never collide (64 hex digits of
        // two keys' HMACs), so it stays, and each batch is written at once
        int total = 0;
        UUID after = new UUID(0, 0); // the smallest uuid in PostgreSQL's unsigned order
        while (true) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select id, nik from participant where id > ?1 order by id limit "
                    + BATCH).setParameter(1, after).getResultList();
            if (rows.isEmpty()) {
                return total;
            }
            List<UUID> ids = rows.stream().map(r -> (UUID) r[0]).toList();
            // hashes are hex digits only: safe inside an array literal
            String hashes = rows.stream().map(r -> key.hash((String) r[1])).collect(Collectors.joining(",", "{", "}"));
            em.createNativeQuery("update participant p set nik_hash = n.hash"
                            + " from unnest(cast(?1 as uuid[]), cast(?2 as text[])) as n(id, hash) where p.id = n.id")
                    .setParameter(1, SqlValues.uuidArray(ids)).setParameter(2, hashes).executeUpdate();
            total += rows.size();
            after = ids.get(ids.size() - 1);
        }
    }
}
