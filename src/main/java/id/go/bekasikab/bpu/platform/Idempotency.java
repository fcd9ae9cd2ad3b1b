package id.go.bekasikab.bpu.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code Idempotency-Key} for money-moving POSTs, with the semantics of Fineract and Stripe: the first request runs and
 * its response is stored in the same transaction as its effect; the same key and body again replays that response
 * ({@code Idempotent-Replayed: true}); the same key with another body is 422; while the first is still running, 409.
 * A failed request leaves nothing behind, so the caller may retry it with the same key. A key whose request died with
 * its replica is taken over after {@code bpu.idempotency.takeover-after}.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";

    private final EntityManager em;
    private final ObjectMapper json;
    private final Caller caller;
    private final Locations locations;
    private final Duration takeoverAfter;

    /** One keyed request: the operation it belongs to, the key, and a hash of its body. */
    public record Call(String scope, UUID key, String requestHash) {
    }

    /** What an operation answered: stored, and replayed on a retry. {@code location} is a path below the API root. */
    public record Completed(int status, String body, String location) {
    }

    private sealed interface Start permits Proceed, Replay {
    }

    private record Proceed() implements Start {
    }

    private record Replay(Completed response) implements Start {
    }

    Idempotency(EntityManager em, ObjectMapper json, Caller caller, Locations locations,
                @ConfigProperty(name = "bpu.idempotency.takeover-after", defaultValue = "PT2M") Duration takeoverAfter) {
        this.em = em;
        this.json = json;
        this.caller = caller;
        this.locations = locations;
        this.takeoverAfter = takeoverAfter;
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
        try {
            byte[] canonical = json.writeValueAsBytes(body);
            // keys are the caller's own: the scope carries who (subject and client) sent it
            byte[] who = MessageDigest.getInstance("SHA-256").digest((caller.name() + "|" + caller.client())
                    .getBytes(StandardCharsets.UTF_8));
            return new Call(scope + "/" + HexFormat.of().formatHex(who, 0, 16), key,
                    HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical)));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What an operation's result answers: its status, its body and the path of what it created (or null). */
    public record Outcome(int status, Object body, String location) {
    }

    /**
     * Runs the operation once per key, in a transaction of its own that also stores the response, so the effect and
     * its stored answer commit together or not at all. The operation's services join that transaction.
     */
    public <T> Response execute(Call call, UriInfo uri, Supplier<T> operation, Function<T, Outcome> outcome) {
        Start start = QuarkusTransaction.requiringNew().call(() -> begin(call));
        if (start instanceof Replay replay) {
            return respond(replay.response(), uri).header(REPLAYED, "true").build();
        }
        Completed completed;
        try {
            completed = QuarkusTransaction.requiringNew().call(() -> {
                Outcome answer = outcome.apply(operation.get());
                return complete(call, answer.status(), answer.body(), answer.location());
            });
        } catch (RuntimeException e) {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                            "delete from idempotency_record where scope = ?1 and idempotency_key = ?2 and state = 'IN_FLIGHT'")
                    .setParameter(1, call.scope()).setParameter(2, call.key()).executeUpdate());
            throw e;
        }
        return respond(completed, uri).build();
    }

    /** Stores the response with the operation's own writes: both commit, or neither. */
    @Transactional(Transactional.TxType.MANDATORY)
    Completed complete(Call call, int status, Object body, String location) {
        try {
            String text = json.writeValueAsString(body);
            em.createNativeQuery("update idempotency_record set state = 'COMPLETED', response_status = ?1,"
                            + " response_body = ?2, response_location = ?3 where scope = ?4 and idempotency_key = ?5")
                    .setParameter(1, status).setParameter(2, text).setParameter(3, location)
                    .setParameter(4, call.scope()).setParameter(5, call.key()).executeUpdate();
            return new Completed(status, text, location);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Start begin(Call call) {
        Instant now = Instant.now();
        int inserted = em.createNativeQuery("insert into idempotency_record (scope, idempotency_key, request_hash, state,"
                        + " created_at) values (?1, ?2, ?3, 'IN_FLIGHT', ?4) on conflict do nothing")
                .setParameter(1, call.scope()).setParameter(2, call.key()).setParameter(3, call.requestHash())
                .setParameter(4, Timestamp.from(now)).executeUpdate();
        if (inserted == 1) {
            return new Proceed();
        }
        Object[] row = (Object[]) em.createNativeQuery("select request_hash, state, response_status, response_body,"
                        + " response_location, created_at from idempotency_record where scope = ?1 and idempotency_key = ?2"
                        + " for update")
                .setParameter(1, call.scope()).setParameter(2, call.key()).getSingleResult();
        if (!call.requestHash().equals(row[0])) {
            throw new ProblemException(422, "IDEMPOTENCY_KEY_REUSED", "Idempotency-Key reused",
                    "this key was used for a different request; use a new key for a new payment");
        }
        if ("IN_FLIGHT".equals(row[1])) {
            Instant started = SqlValues.instant(row[5]);
            if (started.plus(takeoverAfter).isAfter(now)) {
                throw new ProblemException(409, "IDEMPOTENCY_KEY_IN_FLIGHT", "Request in progress",
                        "a request with this key is still being processed; retry in a few seconds");
            }
            em.createNativeQuery("update idempotency_record set created_at = ?1 where scope = ?2 and idempotency_key = ?3")
                    .setParameter(1, Timestamp.from(now)).setParameter(2, call.scope()).setParameter(3, call.key())
                    .executeUpdate();
            return new Proceed();
        }
        return new Replay(new Completed(((Number) row[2]).intValue(), (String) row[3], (String) row[4]));
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
