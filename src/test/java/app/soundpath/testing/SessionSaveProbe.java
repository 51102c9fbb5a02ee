package app.soundpath.testing;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.io.Serializable;

/**
 * Test-only (added with the tests' data door): puts a value into the caller's session whose serialisation takes a
 * while, and says which values a session holds. With it a test can make two requests of one session save it to the
 * data grid at the same moment, the way a browser's parallel requests do, and then read back the grid's copy.
 */
@Path("test-data/session-save")
public class SessionSaveProbe {

    /** Saves to the grid now waiting inside a held value's serialisation. */
    static final java.util.concurrent.atomic.AtomicInteger SAVING = new java.util.concurrent.atomic.AtomicInteger();

    @Context
    HttpServletRequest request;

    /** Puts {@code name} into the session; a save of the session to the grid in the next {@code ms} milliseconds waits until then. */
    @GET
    @Path("put-slow")
    public String putSlow(@QueryParam("name") String name, @QueryParam("ms") int ms) {
        request.getSession(true).setAttribute(name, new SlowToSerialise(System.currentTimeMillis() + Math.min(ms, 10_000)));
        return "put " + name;
    }

    /**
     * "present" or "absent": whether the session this request was given holds {@code name}; followed by ", while a
     * save was under way" when another request was saving a session to the grid (a held value) at that moment.
     */
    @GET
    @Path("has")
    public String has(@QueryParam("name") String name) {
        HttpSession session = request.getSession(false);
        String answer = session != null && session.getAttribute(name) != null ? "present" : "absent";
        return SAVING.get() > 0 ? answer + ", while a save was under way" : answer;
    }

    /**
     * What the data grid's copy of the caller's session says about {@code name}: "stored" (its value is in the copy),
     * "not-serialised" (Payara wrote its "could not serialise" mark instead: whoever reads the copy back will not
     * find it), "missing" (neither), or "no-copy". Reads Payara's own Hazelcast through JNDI, by reflection: the
     * tests have no compile-time access to Payara's internals, and need none elsewhere.
     */
    @GET
    @Path("grid-copy")
    public String gridCopy(@QueryParam("name") String name) throws Exception {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return "no-session";
        }
        Object grid = new javax.naming.InitialContext().lookup("payara/Hazelcast");
        for (Object object : (java.util.Collection<?>) grid.getClass().getMethod("getDistributedObjects").invoke(grid)) {
            if (object instanceof java.util.Map<?, ?> map) {
                Object stored = map.get(session.getId());
                if (stored != null) {
                    java.lang.reflect.Method state = stored.getClass().getMethod("getState");
                    state.setAccessible(true);
                    String text = new String((byte[]) state.invoke(stored), java.nio.charset.StandardCharsets.ISO_8859_1);
                    int at = text.indexOf(name);
                    if (at < 0) {
                        return "missing";
                    }
                    String after = text.substring(at + name.length(), Math.min(text.length(), at + name.length() + 200));
                    return after.contains("___NOT_SERIALIZABLE_EXCEPTION___") && !after.contains("SlowToSerialise")
                            ? "not-serialised" : "stored";
                }
            }
        }
        return "no-copy";
    }

    /** A value that holds up a session save that serialises it until its moment has passed. */
    public static final class SlowToSerialise implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        private final long heldUntil;

        SlowToSerialise(long heldUntil) {
            this.heldUntil = heldUntil;
        }

        @Serial
        private void writeObject(ObjectOutputStream out) throws IOException {
            long wait = heldUntil - System.currentTimeMillis();
            if (wait > 0 && savingToTheGrid()) {
                SAVING.incrementAndGet();
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    SAVING.decrementAndGet();
                }
            }
            out.defaultWriteObject();
        }

        /** Whether Payara's session store is the caller (not, say, the tests' own serialisability check). */
        private static boolean savingToTheGrid() {
            return StackWalker.getInstance().walk(frames -> frames
                    .anyMatch(f -> f.getClassName().startsWith("org.glassfish.web.ha.")));
        }
    }
}
