package app.soundpath.credentials.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The site's public address (scheme, host, port and context path, no trailing slash), which credentials put in every
 * link they carry. {@code SOUNDPATH_PUBLIC_URL} in production: otherwise it is taken from the request being served (the
 * Host header a browser sent), and {@code http://localhost:8080} when there is none (issuing at start-up).
 */
@ApplicationScoped
public class PublicAddress {

    @Inject
    Instance<HttpServletRequest> request;

    public String base() {
        String configured = System.getenv("SOUNDPATH_PUBLIC_URL");
        if (configured != null && !configured.isBlank()) {
            return configured.strip().replaceAll("/+$", "");
        }
        try {
            HttpServletRequest r = request.get();
            String url = r.getRequestURL().toString();
            String root = url.substring(0, url.indexOf('/', url.indexOf("//") + 2));
            return root + r.getContextPath();
        } catch (ContextNotActiveException | IllegalStateException | StringIndexOutOfBoundsException e) {
            return "http://localhost:8080";
        }
    }
}
