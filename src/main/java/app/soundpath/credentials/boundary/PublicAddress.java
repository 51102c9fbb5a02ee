package app.soundpath.credentials.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The site's public address (scheme, host, port and context path, no trailing slash), which credentials put in every
 * link they carry: {@link app.soundpath.platform.PublicAddress}, the same as emails use ({@code SOUNDPATH_BASE_URL}
 * in production; never the Host header a client sent, which would let a stranger's host into a signed credential).
 */
@ApplicationScoped
public class PublicAddress {

    @Inject
    Instance<HttpServletRequest> request;

    public String base() {
        try {
            return app.soundpath.platform.PublicAddress.of(request.get());
        } catch (ContextNotActiveException | IllegalStateException e) {
            return app.soundpath.platform.PublicAddress.configured();
        }
    }
}
