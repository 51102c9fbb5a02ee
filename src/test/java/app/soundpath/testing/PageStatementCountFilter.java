package app.soundpath.testing;

import app.soundpath.platform.StatementCounter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Test-only: counts the SQL statements each page request sends (a Faces page commits its response while rendering,
 * so the count cannot travel in a header) and keeps the last count per "METHOD path" for
 * {@link TestDataResource#statements}.
 */
@WebFilter("/*")
public class PageStatementCountFilter extends HttpFilter {

    static final Map<String, Integer> LAST = new ConcurrentHashMap<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        StatementCounter.reset();
        try {
            chain.doFilter(request, response);
        } finally {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            LAST.put(request.getMethod() + " " + path, StatementCounter.count());
        }
    }
}
