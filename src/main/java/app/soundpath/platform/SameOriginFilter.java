package app.soundpath.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;

/**
 * CSRF defence for the REST API and the pages: a state-changing request (POST, PUT, PATCH, DELETE) that a browser
 * sends from another site is refused. Browsers always say where such a request comes from (Origin, or
 * Sec-Fetch-Site); scripts and other non-browser clients send neither and cannot carry a victim's session cookie
 * anyway. Stateful pages also carry Faces' server-side view state, which another site cannot know; the stateless
 * ones (sign-in, the lesson check, sign-out: they keep nothing in the session) rely on this check and on the
 * SameSite=Lax session cookie.
 */
@WebFilter(filterName = "SameOrigin", urlPatterns = "/*")
public class SameOriginFilter extends HttpFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE_METHODS.contains(request.getMethod()) || isSameOrigin(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.sendError(403); // the app's own 403 page
            return;
        }
        response.setStatus(403);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
                + "\"detail\":\"Requests that change data must come from Soundpath itself.\"}");
    }

    static boolean isSameOrigin(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
            return false;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        try {
            URI uri = URI.create(origin);
            int port = uri.getPort() == -1 ? ("https".equals(uri.getScheme()) ? 443 : 80) : uri.getPort();
            return uri.getHost() != null && uri.getHost().equalsIgnoreCase(request.getServerName())
                    && port == request.getServerPort();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
