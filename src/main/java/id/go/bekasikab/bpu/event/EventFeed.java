package id.go.bekasikab.bpu.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bekasikab.bpu.participant.PayerScope;
import id.go.bekasikab.bpu.platform.Cursor;
import id.go.bekasikab.bpu.platform.FieldError;
import id.go.bekasikab.bpu.platform.ProblemException;
import id.go.bekasikab.bpu.platform.SqlValues;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The pull feed (issue #13): events in the order they became visible, resumable from a cursor, scoped like the rest
 * of the API (a payer's system sees events about its own payer and the participants it sponsors or has sponsored).
 * Positions are given here, after commit, by one sequencer at a time across replicas.
 */
@ApplicationScoped
public class EventFeed {

    /** The catalogue: the types a caller may ask for (payloads: the contract's Event schemas). */
    public static final Set<String> TYPES = Set.of("participant.registered", "participant.changed",
            "membership.activated", "membership.lapsing", "membership.lapsed", "membership.restarted",
            "membership.closed", "contribution.paid", "contribution.due", "sponsorship.started", "sponsorship.ended",
            "enrolment-job.completed", "invoice.issued", "payer-payment.settled", "claim.submitted", "claim.status-changed");

    private static final long SEQUENCER_LOCK = 0x6270755f6576656eL; // "bpu_even"
    private static final int SEQUENCE_BATCH = 10_000;

    private final EntityManager em;
    private final PayerScope scope;
    private final ObjectMapper json;

    public record EventView(UUID id, long position, String type, int version, Instant occurredAt, UUID participantId,
                            JsonNode data) {
    }

    public record EventPage(List<EventView> items, String nextCursor) {
    }

    EventFeed(EntityManager em, PayerScope scope, ObjectMapper json) {
        this.em = em;
        this.scope = scope;
        this.json = json;
    }

    /**
     * Gives committed events without a position the next ones, one replica at a time; returns how many (0 when
     * another run is at it). A run only sees events whose transactions have committed, and no other run starts until
     * it commits: so positions grow in the order events became visible.
     */
    public int sequence() {
        int total = 0;
        int done;
        do {
            done = QuarkusTransaction.requiringNew().call(() -> {
                // readers never queue up behind each other here: when another run holds the lock, it is giving
                // these very events their positions, and the next read sees them
                if (!(Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                        .setParameter(1, SEQUENCER_LOCK).getSingleResult()) {
                    return 0;
                }
                return em.createNativeQuery("""
                                update event set position = nextval('event_position_seq')
                                 where id in (select id from event where position is null order by occurred_at, id limit ?1)""")
                        .setParameter(1, SEQUENCE_BATCH).executeUpdate();
            });
            total += done;
        } while (done == SEQUENCE_BATCH);
        return total;
    }

    public EventPage page(String after, String types, String limit) {
        List<FieldError> errors = new ArrayList<>();
        List<String> wanted = types == null ? List.of() : Arrays.stream(types.split(",")).map(String::strip).toList();
        wanted.stream().filter(t -> !TYPES.contains(t)).findFirst().ifPresent(t ->
                errors.add(new FieldError("types", "UNKNOWN_ENUM_VALUE", "not an event type: see the contract")));
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        int size = Cursor.limit(limit);
        long from = Cursor.decodeNumber(after);
        sequence();
        Optional<UUID> payer = scope.scopedPayer();
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                            select id, position, type, version, occurred_at, participant_id, cast(data as text)
                              from event
                             where position > ?1
                               and (cast(?2 as uuid) is null or payer_ids @> array[cast(?2 as uuid)])
                               and (cast(?3 as text[]) = '{}' or type = any(cast(?3 as text[])))
                             order by position limit ?4""")
                    .setParameter(1, from).setParameter(2, payer.orElse(null))
                    .setParameter(3, SqlValues.textArray(wanted)).setParameter(4, size + 1)
                    .getResultList();
            List<EventView> items = new ArrayList<>();
            for (Object[] r : rows.subList(0, Math.min(size, rows.size()))) {
                items.add(new EventView((UUID) r[0], ((Number) r[1]).longValue(), (String) r[2],
                        ((Number) r[3]).intValue(), SqlValues.instant(r[4]), (UUID) r[5], tree((String) r[6])));
            }
            String next = rows.size() > size ? Cursor.afterNumber(items.get(items.size() - 1).position()) : null;
            return new EventPage(items, next);
        });
    }

    private JsonNode tree(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an event's data is JSON", e);
        }
    }
}
