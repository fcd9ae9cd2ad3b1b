package id.go.bekasikab.bpu.platform;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling: the token's subject, its roles ({@code groups}), its client and, for a payer's system, the payer
 * it speaks for ({@code payer_id}). Used for status histories, audit, NIK masking and data scoping.
 */
@RequestScoped
public class Caller {

    /** The width of the actor, client and roles columns of the records. */
    static final int MAX_RECORDED = 100;

    private final SecurityIdentity identity;

    Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The subject, as records may hold it (see {@link #bounded}). */
    public String name() {
        return identity.isAnonymous() ? "anonymous" : bounded(identity.getPrincipal().getName());
    }

    /** The roles, sorted and comma-joined, as records may hold them. */
    public String rolesText() {
        return bounded(String.join(",", new java.util.TreeSet<>(identity.getRoles())));
    }

    /**
     * A token's text as records may hold it: at most {@value #MAX_RECORDED} characters without control characters.
     * Longer text keeps its start and a hash of the whole, so two long subjects never record as one.
     */
    static String bounded(String text) {
        if (text == null) {
            return null;
        }
        String clean = text.replaceAll("\\p{Cntrl}", "?");
        if (clean.length() <= MAX_RECORDED) {
            return clean;
        }
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return clean.substring(0, MAX_RECORDED - 14) + "~" + java.util.HexFormat.of().formatHex(digest, 0, 6) + "~";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Who the caller is (subject and client), as a short hash: what the caller's own keys and subscriptions carry. */
    public String fingerprint() {
        try {
            byte[] who = java.security.MessageDigest.getInstance("SHA-256")
                    .digest((name() + "|" + client()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(who, 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The OIDC client the token was issued to, when it says. */
    public String client() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object azp = jwt.getClaim("azp");
            return azp == null ? null : bounded(azp.toString());
        }
        return null;
    }

    /**
     * The payer a payer's system acts for. Its scope is the payer's own sponsored participants, jobs, invoices and
     * payments; staff roles in the same token lift the scope.
     */
    public Optional<UUID> scopedPayer() {
        if (!identity.hasRole(Roles.INTEGRATION) || identity.hasRole(Roles.OFFICER) || identity.hasRole(Roles.AUDITOR)
                || identity.hasRole(Roles.ADMIN)) {
            return Optional.empty();
        }
        Object payer = identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getClaim("payer_id") : null;
        try {
            return Optional.of(UUID.fromString(String.valueOf(payer)));
        } catch (IllegalArgumentException e) {
            // an integration token without a valid payer_id may see nothing
            return Optional.of(new UUID(0, 0));
        }
    }

    /** The payment channel a channel's host speaks for ({@code channel_id}); empty when absent or not a UUID. */
    public Optional<UUID> channel() {
        Object channel = identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getClaim("channel_id") : null;
        try {
            return channel == null ? Optional.empty() : Optional.of(UUID.fromString(String.valueOf(channel)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether the caller holds a role. */
    public boolean has(String role) {
        return identity.hasRole(role);
    }

    /** Branch officers and auditors see NIKs in full; everyone else sees them masked. */
    public boolean maySeeNik() {
        return identity.hasRole(Roles.OFFICER) || identity.hasRole(Roles.AUDITOR);
    }
}
