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

    private final SecurityIdentity identity;

    Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    /** The OIDC client the token was issued to, when it says. */
    public String client() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object azp = jwt.getClaim("azp");
            return azp == null ? null : azp.toString();
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

    /** Branch officers and auditors see NIKs in full; everyone else sees them masked. */
    public boolean maySeeNik() {
        return identity.hasRole(Roles.OFFICER) || identity.hasRole(Roles.AUDITOR);
    }
}
