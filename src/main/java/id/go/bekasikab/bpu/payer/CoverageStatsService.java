package id.go.bekasikab.bpu.payer;

import id.go.bekasikab.bpu.contribution.Ledgers;
import id.go.bekasikab.bpu.platform.Caller;
import id.go.bekasikab.bpu.reference.Regions;
import id.go.bekasikab.bpu.rules.Ledger;
import id.go.bekasikab.bpu.rules.LedgerMonth;
import id.go.bekasikab.bpu.rules.MonthStatus;
import id.go.bekasikab.bpu.rules.PaidContribution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Coverage statistics for a month, by district, occupation, status or sector, read off each participant's ledger:
 * registered participants, those protected (JKK and JKM paid for the month), what the month costs and what was paid.
 * For a payer, "due" and "paid" are exactly its invoice's total and paid (the same ledger answers both), and what
 * its participants owe themselves (JHT on top, say) is {@code ownAmountDue}, never mixed in.
 */
@ApplicationScoped
public class CoverageStatsService {

    private final EntityManager em;
    private final PayerService payers;
    private final Ledgers ledgers;
    private final Regions regions;
    private final Caller caller;
    private final Clock clock;

    /** Participants whose ledgers are built and read together. */
    static final int CHUNK = 20_000;

    public enum GroupBy { district, village, occupation, status, sector }

    /** {@code name}: the Kemendagri name of a district's or village's code (null for the other groupings). */
    public record Group(String key, String name, long participants, long protectedParticipants, long amountDue,
                        long amountPaid, long ownAmountDue) {

        Group plus(Group other) {
            return new Group(key, name, participants + other.participants, protectedParticipants
                    + other.protectedParticipants, amountDue + other.amountDue, amountPaid + other.amountPaid,
                    ownAmountDue + other.ownAmountDue);
        }
    }

    public record Stats(YearMonth month, UUID payerId, String regionCode, GroupBy groupBy, List<Group> groups,
                        Group total) {
    }

    CoverageStatsService(EntityManager em, PayerService payers, Ledgers ledgers, Regions regions, Caller caller,
                         Clock clock) {
        this.em = em;
        this.regions = regions;
        this.payers = payers;
        this.ledgers = ledgers;
        this.caller = caller;
        this.clock = clock;
    }

    /**
     * A month's statistics, for every participant or (when {@code payerId} is given or scoped) one payer's; with
     * {@code regionCode}, of the people living there, and every district or village of it is listed, empty ones too.
     */
    @Transactional
    @TransactionConfiguration(timeout = 600)
    public Stats coverage(YearMonth month, UUID payerId, String regionCode, GroupBy by) {
        // a payer's system sees its own payer's figures, whether it asks for them or not
        UUID payer = payerId == null ? caller.scopedPayer().orElse(null) : payerId;
        if (payer != null) {
            payers.visible(payer);
        }
        List<Object[]> rows = population(month, payer, regionCode);
        BiFunction<Object[], Ledger, String> key = switch (by) {
            case occupation -> (r, l) -> (String) r[2];
            case sector -> (r, l) -> (String) r[3];
            case status -> (r, l) -> l.status().name();
            case district -> (r, l) -> ((String) r[1]).substring(0, 8);
            case village -> (r, l) -> (String) r[1];
        };
        Map<String, Group> groups = new TreeMap<>();
        if (regionCode != null && (by == GroupBy.district || by == GroupBy.village)) {
            Regions.Level level = by == GroupBy.district ? Regions.Level.DISTRICT : Regions.Level.VILLAGE;
            regions.within(regionCode, level).forEach(r -> groups.put(r.code(),
                    new Group(r.code(), null, 0, 0, 0, 0, 0)));
        }
        Group total = new Group("total", null, 0, 0, 0, 0, 0);
        // ledgers a chunk at a time: a regency of a million workers never holds a million ledgers (bench/scale.sh)
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            Map<UUID, Ledger> byId = ledgers.ofIds(chunk.stream().map(r -> (UUID) r[0]).toList(), month);
            for (Object[] r : chunk) {
                Ledger ledger = byId.get((UUID) r[0]);
                String k = key.apply(r, ledger);
                Group one = figures(k, ledger, month, payer);
                groups.merge(k, one, Group::plus);
                total = total.plus(one);
            }
            em.clear();
        }
        boolean named = by == GroupBy.district || by == GroupBy.village;
        Map<String, String> names = named ? regions.names(groups.keySet()) : Map.of();
        List<Group> listed = groups.values().stream().map(g -> named ? new Group(g.key(), names.get(g.key()),
                g.participants(), g.protectedParticipants(), g.amountDue(), g.amountPaid(), g.ownAmountDue()) : g)
                .toList();
        return new Stats(month, payer, regionCode, by, listed, total);
    }

    /** One participant's figures for the month. */
    private static Group figures(String key, Ledger ledger, YearMonth month, UUID payer) {
        long protectedOne = ledger.isPaid(month) ? 1 : 0;
        LedgerMonth line = ledger.month(month);
        long own = line.ownShare() == null || line.status() == MonthStatus.PAID ? 0 : line.ownShare();
        if (payer == null) {
            long paid = ledger.paidIn(month).values().stream().mapToLong(PaidContribution::net).sum();
            long due = line.status() == MonthStatus.PAID ? paid : line.net() == null ? 0 : line.net();
            return new Group(key, null, 1, protectedOne, due, paid, own);
        }
        long paid = ledger.paidBy(month, payer).stream().mapToLong(PaidContribution::net).sum();
        long due = paid > 0 ? paid : ledger.payerDue(month, payer).map(p -> p.net()).orElse(0L);
        return new Group(key, null, 1, protectedOne, due, paid, own);
    }

    /**
     * Participants registered by the end of the month (and sponsored by the payer in it, and living in the region):
     * id, region, job, sector. The region is filtered here, on the region index, not after loading everyone.
     */
    private List<Object[]> population(YearMonth month, UUID payer, String regionCode) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select p.id, p.region_code, p.occupation, p.sector from participant p
                 where p.created_at < ?2
                   and (cast(?3 as uuid) is null or exists (select 1 from sponsorship s where s.participant_id = p.id
                        and s.payer_id = ?3 and s.from_month <= ?1 and (s.to_month is null or s.to_month >= ?1)))
                   and (cast(?4 as text) is null or p.region_code = ?4 or p.region_code like ?4 || '.%')
                """)
                .setParameter(1, month.atDay(1))
                .setParameter(2, month.plusMonths(1).atDay(1).atStartOfDay(clock.getZone()).toInstant())
                .setParameter(3, payer)
                .setParameter(4, regionCode)
                .getResultList();
        return rows;
    }
}
