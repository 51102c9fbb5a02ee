package app.soundpath.testing;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionAttributeListener;
import jakarta.servlet.http.HttpSessionBindingEvent;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Test-only (added with the tests' data door): serialises every value put into an HTTP session, the whole object
 * graph, the way Payara's data grid does when it replicates a session to another node, and remembers what could not
 * be. The integration tests that walk through the forms ask {@link TestDataResource} at the end whether anything was
 * refused (Faces' server-side view state, flash messages, the signed-in caller, a visitor's assessment results …).
 */
@WebListener
public class SessionContentsCheck implements HttpSessionAttributeListener {

    /** Attribute name → the first failure seen for it (class and message). */
    static final Map<String, String> FAILURES = new ConcurrentHashMap<>();
    /** Attribute name → how many times a value was serialised (to show the check ran). */
    static final Map<String, AtomicLong> CHECKED = new ConcurrentHashMap<>();

    @Override
    public void attributeAdded(HttpSessionBindingEvent event) {
        check(event.getName(), event.getSession().getAttribute(event.getName()));
    }

    @Override
    public void attributeReplaced(HttpSessionBindingEvent event) {
        check(event.getName(), event.getSession().getAttribute(event.getName()));
    }

    private static void check(String name, Object value) {
        if (value == null) {
            return;
        }
        try (ObjectOutputStream out = new ObjectOutputStream(OutputStream.nullOutputStream())) {
            out.writeObject(value);
            CHECKED.computeIfAbsent(name, n -> new AtomicLong()).incrementAndGet();
        } catch (IOException | RuntimeException e) {
            FAILURES.putIfAbsent(name, value.getClass().getName() + ": " + e);
        }
    }
}
