package id.go.bekasikab.bpu.platform;

import io.quarkus.arc.Arc;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Tells {@link NikMasking} that the response is being written (filter methods live outside request-scoped beans). */
public class NikMaskingFilter {

    @ServerResponseFilter
    public void responding(ContainerRequestContext request, ContainerResponseContext response) {
        if (Arc.container().requestContext().isActive()) {
            Arc.container().select(NikMasking.class).get().responding(response);
        }
    }
}
