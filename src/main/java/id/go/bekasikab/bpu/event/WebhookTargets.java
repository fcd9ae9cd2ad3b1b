package id.go.bekasikab.bpu.event;

import id.go.bekasikab.bpu.platform.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Where a webhook may point (the SSRF guard): https only, and never at this network — loopback, private, link-local,
 * unique-local or multicast addresses — unless the settings allow it (the run command and the tests post to
 * localhost). Checked when a subscription is made and again before each send, since a name may resolve elsewhere
 * later.
 */
@ApplicationScoped
class WebhookTargets {

    private final boolean allowPlainHttp;
    private final boolean allowPrivate;

    @Inject
    WebhookTargets(Settings settings) {
        this(settings.webhooks().allowPlainHttp(), settings.webhooks().allowPrivateTargets());
    }

    WebhookTargets(boolean allowPlainHttp, boolean allowPrivate) {
        this.allowPlainHttp = allowPlainHttp;
        this.allowPrivate = allowPrivate;
    }

    /** Why this URL may not receive webhooks; empty when it may. */
    Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return Optional.of("not a URL");
        }
        if (uri.getHost() == null || uri.getUserInfo() != null || uri.getFragment() != null) {
            return Optional.of("needs a host, and no user name or fragment");
        }
        if (!"https".equals(uri.getScheme()) && !(allowPlainHttp && "http".equals(uri.getScheme()))) {
            return Optional.of("must be https");
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                        || address.isAnyLocalAddress() || address.isMulticastAddress() || isUniqueLocal(address)) {
                    return Optional.of("points into a private network");
                }
            }
        } catch (UnknownHostException e) {
            return Optional.of("its host does not resolve");
        }
        return Optional.empty();
    }

    private static boolean isUniqueLocal(InetAddress address) {
        return address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc;
    }
}
