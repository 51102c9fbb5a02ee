package app.soundpath.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/**
 * The first filter of every request (declared first in web.xml): a failure caused by the database being out of reach
 * ({@link DatabaseOutage}) is answered 503 with Retry-After, as problem+json under /api and as a small friendly page
 * elsewhere. The page is written here, not rendered by Faces, because the template asks the database who is signed in.
 * Anything else goes on to the usual error pages.
 */
public class DatabaseOutageFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(DatabaseOutageFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!DatabaseOutage.isCause(e) || response.isCommitted()) {
                throw e;
            }
            LOG.warning(() -> "Database out of reach, answered 503: " + request.getMethod() + " " + request.getRequestURI());
            answer(request, response);
        }
    }

    static void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.resetBuffer();
        response.setStatus(503);
        response.setHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            response.setContentType(Problem.MEDIA_TYPE);
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
                    + "\"detail\":\"" + Texts.of("error503.api") + "\"}");
            return;
        }
        response.setContentType("text/html");
        String root = request.getContextPath();
        response.getWriter().write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"UTF-8\"/>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
                + "<title>" + Texts.of("error503.title") + " · " + Texts.of("site.name") + "</title>"
                + "<link rel=\"stylesheet\" href=\"" + root + "/resources/css/soundpath.css\"/></head>"
                + "<body><header class=\"site-header\"><div class=\"wrap header-inner\"><a class=\"brand\" href=\"" + root
                + "/\">" + Texts.of("site.name") + "</a></div></header><main id=\"main\" class=\"wrap\">"
                + "<section class=\"error-page\"><h1>" + Texts.of("error503.heading") + "</h1><p class=\"lead\">"
                + Texts.of("error503.text") + "</p><ul><li><a href=\"" + root + "/\">" + Texts.of("error.home")
                + "</a></li></ul></section></main></body></html>\n");
    }
}
