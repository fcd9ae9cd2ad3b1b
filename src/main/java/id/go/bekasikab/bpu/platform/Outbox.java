package id.go.bekasikab.bpu.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes events for other systems (issue #13) in the transaction of the change they tell of: they commit with it or
 * not at all. Payloads carry ids and facts, never a NIK. Who may see an event is settled here, when it happens: the
 * payer involved and every payer that sponsors or has sponsored the participant.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager em;
    private final ObjectMapper json;
    private final Clock clock;

    Outbox(EntityManager em, ObjectMapper json, Clock clock) {
        this.em = em;
        this.json = json;
        this.clock = clock;
    }

    /** One event about a participant (null when it concerns a payer only), and the payers directly involved. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void emit(String type, UUID participantId, Collection<UUID> payers, Map<String, ?> data) {
        em.createNativeQuery("""
                        insert into event (id, type, occurred_at, participant_id, payer_ids, data)
                        values (?1, ?2, ?3, cast(?4 as uuid),
                                array(select distinct p from unnest(cast(?5 as uuid[]) || array(select s.payer_id
                                      from sponsorship s where s.participant_id = cast(?4 as uuid))) as p),
                                cast(?6 as jsonb))""")
                .setParameter(1, Ids.newId()).setParameter(2, type).setParameter(3, clock.instant())
                .setParameter(4, participantId).setParameter(5, SqlValues.uuidArray(List.copyOf(payers)))
                .setParameter(6, serialise(data)).executeUpdate();
    }

    /** Many events of one type at once (a bulk enrolment registers thousands per chunk), each with its payers. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void emitAll(String type, List<UUID> participantIds, UUID payer, List<Map<String, ?>> data) {
        if (participantIds.isEmpty()) {
            return;
        }
        List<UUID> ids = new ArrayList<>();
        List<String> payloads = new ArrayList<>();
        for (int i = 0; i < participantIds.size(); i++) {
            ids.add(Ids.newId());
            payloads.add(serialise(data.get(i)));
        }
        em.createNativeQuery("""
                        insert into event (id, type, occurred_at, participant_id, payer_ids, data)
                        select e.id, ?1, ?2, e.participant_id, array[cast(?3 as uuid)], cast(e.data as jsonb)
                          from unnest(cast(?4 as uuid[]), cast(?5 as uuid[]), cast(?6 as text[])) as e(id, participant_id, data)""")
                .setParameter(1, type).setParameter(2, clock.instant()).setParameter(3, payer)
                .setParameter(4, SqlValues.uuidArray(ids)).setParameter(5, SqlValues.uuidArray(participantIds))
                .setParameter(6, SqlValues.textArray(payloads)).executeUpdate();
    }

    /** A payload from keys and values, in order; a null value leaves its key out (absent, not null). */
    public static Map<String, Object> data(Object... keysAndValues) {
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                data.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return data;
    }

    private String serialise(Map<String, ?> data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an event payload must serialise", e);
        }
    }
}
