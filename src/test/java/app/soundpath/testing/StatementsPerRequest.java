package app.soundpath.testing;

import app.soundpath.platform.StatementCounter;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Test-only: counts the SQL statements each request sends, from before the first filter (the ended-session check
 * included) to after the response, and keeps the last count and texts per "METHOD path" for
 * {@link TestDataResource#statements}. A request listener, not a filter: filters declared by annotation run in no
 * fixed order, so a filter could miss what runs before it.
 */
@WebListener
public class StatementsPerRequest implements ServletRequestListener {

    static final Map<String, Integer> LAST = new ConcurrentHashMap<>();
    static final Map<String, List<String>> TEXTS = new ConcurrentHashMap<>();

    static {
        StatementCounter.keepTexts(true);
    }

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        StatementCounter.reset();
    }

    @Override
    public void requestDestroyed(ServletRequestEvent event) {
        if (event.getServletRequest() instanceof HttpServletRequest request) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            LAST.put(request.getMethod() + " " + path, StatementCounter.count());
            TEXTS.put(request.getMethod() + " " + path, StatementCounter.texts());
        }
    }
}
