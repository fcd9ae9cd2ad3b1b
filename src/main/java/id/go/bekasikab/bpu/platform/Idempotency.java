package id.go.bekasikab.bpu.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code Idempotency-Key} for money-moving POSTs, with the semantics of Fineract and Stripe: the first request runs and
 * its response is stored in the same transaction as its effect; the same key and body again replays that response
 * ({@code Idempotent-Replayed: true}); the same key with another body is 422; while the first is still running, the
 * second waits for it.
 * A failed request leaves nothing behind, so the caller may retry it with the same key; see {@link #execute} for how
 * concurrent requests with one key are serialised by the database itself.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";

    private final BusinessMetrics metrics;
    private final EntityManager em;
    private final ObjectMapper json;
    private final Caller caller;
    private final Locations locations;

    /** One keyed request: the operation it belongs to, the key, and a hash of its body. */
    public record Call(String scope, UUID key, String requestHash) {
    }

    /** What an operation answered: stored, and replayed on a retry. {@code location} is a path below the API root. */
    public record Completed(int status, String body, String location) {
    }

    Idempotency(EntityManager em, ObjectMapper json, Caller caller, Locations locations, BusinessMetrics metrics) {
        this.metrics = metrics;
        this.em = em;
        this.json = json;
        this.caller = caller;
        this.locations = locations;
    }

    /** The call for a request, refusing a missing or malformed key before anything runs. */
    public Call call(String scope, String keyHeader, Object body) {
        if (keyHeader == null || keyHeader.isBlank()) {
            throw new ProblemException(400, "IDEMPOTENCY_KEY_REQUIRED", "Idempotency-Key required",
                    "send a fresh UUID in Idempotency-Key with every payment, and the same one when you retry it",
                    List.of(new FieldError(HEADER, "REQUIRED", "must be a UUID")));
        }
        UUID key;
        try {
            key = UUID.fromString(keyHeader.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.validation(List.of(new FieldError(HEADER, "INVALID_FORMAT", "must be a UUID")));
        }
        // keys are the caller's own: the scope carries who (subject and client) sent it
        return new Call(scope + "/" + caller.fingerprint(), key, hash(body));
    }

    /**
     * The call for a request identified by the caller's own reference instead of a header — a channel's transaction
     * id — within an owner's scope (e.g. the channel), so every host of that owner shares it.
     */
    public Call callFor(String scope, String owner, String reference, Object body) {
        return new Call(scope + "/" + owner, UUID.nameUUIDFromBytes(reference.getBytes(StandardCharsets.UTF_8)),
                hash(body));
    }

    private String hash(Object body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(body)));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What an operation's result answers: its status, its body and the path of what it created (or null). */
    public record Outcome(int status, Object body, String location) {
    }

    /**
     * Runs the operation once per key. The key's row is inserted first, in the operation's own transaction, and its
     * response stored there too: the effect, the key and the answer commit together or not at all. A second request
     * with the key waits on PostgreSQL's unique index until the first transaction ends — then it replays the
     * committed answer, or, when the first rolled back (a failure, a killed connection, a dead replica), runs as
     * the first. No timer, no in-flight state another request could take over, nothing to clean up.
     */
    public <T> Response execute(Call call, UriInfo uri, Supplier<T> operation, Function<T, Outcome> outcome) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Optional<Completed> stored = begin(call);
            if (stored.isPresent()) {
                metrics.replayed(call.scope().substring(0, call.scope().indexOf('/')));
                return respond(stored.get(), uri).header(REPLAYED, "true").build();
            }
            Outcome answer = outcome.apply(operation.get());
            return respond(complete(call, answer.status(), answer.body(), answer.location()), uri).build();
        });
    }

    /** Stores the response with the operation's own writes; a row that is not there any more is a failure. */
    private Completed complete(Call call, int status, Object body, String location) {
        try {
            String text = json.writeValueAsString(body);
            int updated = em.createNativeQuery("update idempotency_record set state = 'COMPLETED', response_status = ?1,"
                            + " response_body = ?2, response_location = ?3 where scope = ?4 and idempotency_key = ?5")
                    .setParameter(1, status).setParameter(2, text).setParameter(3, location)
                    .setParameter(4, call.scope()).setParameter(5, call.key()).executeUpdate();
            if (updated != 1) {
                throw new IllegalStateException("the idempotency record of this request is gone; rolling back");
            }
            return new Completed(status, text, location);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Claims the key in this transaction (waiting for a concurrent holder), or returns the answer stored for it. */
    private Optional<Completed> begin(Call call) {
        int inserted = em.createNativeQuery("insert into idempotency_record (scope, idempotency_key, request_hash, state,"
                        + " created_at) values (?1, ?2, ?3, 'IN_FLIGHT', ?4) on conflict do nothing")
                .setParameter(1, call.scope()).setParameter(2, call.key()).setParameter(3, call.requestHash())
                .setParameter(4, Timestamp.from(Instant.now())).executeUpdate();
        if (inserted == 1) {
            return Optional.empty();
        }
        Object[] row = (Object[]) em.createNativeQuery("select request_hash, response_status, response_body,"
                        + " response_location from idempotency_record where scope = ?1 and idempotency_key = ?2")
                .setParameter(1, call.scope()).setParameter(2, call.key()).getSingleResult();
        if (!call.requestHash().equals(row[0])) {
            throw new ProblemException(422, "IDEMPOTENCY_KEY_REUSED", "Idempotency-Key reused",
                    "this key was used for a different request; use a new key for a new payment");
        }
        return Optional.of(new Completed(((Number) row[1]).intValue(), (String) row[2], (String) row[3]));
    }

    private Response.ResponseBuilder respond(Completed completed, UriInfo uri) {
        Response.ResponseBuilder response = Response.status(completed.status())
                .entity(completed.body().getBytes(StandardCharsets.UTF_8)).type(MediaType.APPLICATION_JSON);
        if (completed.location() != null) {
            response.header("Location", locations.of(completed.location()));
        }
        return response;
    }
}
