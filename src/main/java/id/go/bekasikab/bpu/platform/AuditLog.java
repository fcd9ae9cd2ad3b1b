package id.go.bekasikab.bpu.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.jboss.logging.MDC;

/**
 * The audit trail: every write, and every read that returns an unmasked NIK, appends who (subject, client, roles),
 * what (action, subject), when, why (the caller's {@code X-Purpose}) and, for writes, the state before and after.
 * Events are written in the transaction of the change they record, so the two commit together or not at all.
 */
@ApplicationScoped
public class AuditLog implements PanacheRepository<AuditEvent> {

    private static final String INSERT = """
            insert into audit_event (at, actor, client, roles, action, subject_type, subject_id, purpose, trace_id,
                                     before_state, after_state)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final Caller caller;
    private final ObjectMapper json;
    private final Clock clock;

    public record Entry(long id, Instant at, String actor, String client, String roles, String action,
                        String subjectType, String subjectId, String purpose, String traceId, JsonNode before,
                        JsonNode after) {
    }

    public record Entries(List<Entry> items, String nextCursor) {
    }

    AuditLog(Caller caller, ObjectMapper json, Clock clock) {
        this.caller = caller;
        this.json = json;
        this.clock = clock;
    }

    /**
     * One plain insert on the caller's transaction's connection: never dropped, never deferred past the commit. Plain
     * JDBC, because the ORM would first flush (dirty-check) the whole session, or, for an entity with a generated id,
     * insert it at once and read it back whole; an audit row needs neither.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void write(String action, String subjectType, Object subjectId, Object before, Object after) {
        Timestamp at = Timestamp.from(clock.instant());
        String beforeState = serialise(before);
        String afterState = serialise(after);
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setTimestamp(1, at);
                insert.setString(2, caller.name());
                insert.setString(3, caller.client());
                insert.setString(4, caller.rolesText());
                insert.setString(5, action);
                insert.setString(6, subjectType);
                insert.setString(7, subjectId == null ? null : subjectId.toString());
                insert.setString(8, text(MDC.get(RequestGuard.PURPOSE)));
                insert.setString(9, text(MDC.get(RequestGuard.TRACE_ID)));
                insert.setString(10, beforeState);
                insert.setString(11, afterState);
                insert.executeUpdate();
            }
        });
    }

    /** A read that showed a person's NIK in full. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void read(String subjectType, Object subjectId) {
        write(subjectType + ".read-unmasked", subjectType, subjectId, null, null);
    }

    @Transactional
    public Entries search(String subjectId, String actor, String from, String to, String limit, String cursor) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate fromDay = QueryParams.day("from", from, null, errors);
        LocalDate toDay = QueryParams.day("to", to, null, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        int size = Cursor.limit(limit);
        long after = Cursor.decodeNumber(cursor);
        List<String> where = new ArrayList<>(List.of("id > :after"));
        Parameters params = Parameters.with("after", after);
        if (subjectId != null) {
            where.add("subjectId = :subject");
            params.and("subject", subjectId);
        }
        if (actor != null) {
            where.add("actor = :actor");
            params.and("actor", actor);
        }
        if (fromDay != null) {
            where.add("at >= :from");
            params.and("from", fromDay.atStartOfDay(clock.getZone()).toInstant());
        }
        if (toDay != null) {
            where.add("at < :to");
            params.and("to", toDay.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
        }
        List<AuditEvent> rows = find(String.join(" and ", where) + " order by id", params).page(0, size + 1).list();
        List<Entry> items = rows.stream().limit(size).map(this::entryOf).toList();
        return new Entries(items, rows.size() > size ? Cursor.afterNumber(items.get(size - 1).id()) : null);
    }

    /** Everything recorded about one subject, oldest first (for a person's export: who processed their data). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Entry> about(String subjectId) {
        return find("subjectId = ?1 order by id", subjectId).page(0, 10_000).list().stream().map(this::entryOf).toList();
    }

    private Entry entryOf(AuditEvent e) {
        return new Entry(e.id, e.at, e.actor, e.client, e.roles, e.action, e.subjectType, e.subjectId, e.purpose,
                e.traceId, parse(e.before), parse(e.after));
    }

    private String serialise(Object state) {
        try {
            return state == null ? null : json.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode parse(String state) {
        try {
            return state == null ? null : json.readTree(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Object value) {
        return Optional.ofNullable(value).map(Object::toString).orElse(null);
    }

}
