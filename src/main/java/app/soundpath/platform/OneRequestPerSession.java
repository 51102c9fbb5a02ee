package app.soundpath.platform;

import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Serves the requests of one session one after another, on this node, the way PHP and ASP.NET do by default.
 *
 * <p>Why: after every request that carries a session, Payara serialises the whole session into its data grid (the
 * app is {@code <distributable/>}, so a node can die without signing anyone out). Payara's session remembers per value
 * whether it serialised before, and marks a value "could not serialise" while serialising it for the first time; a
 * second request saving the same session at that moment writes that mark instead of the value, and the grid's copy
 * has lost it. Whoever reads the copy back (another node, or this one after a version mismatch) finds the session
 * without the signed-in caller, the flash message or the form state. Browsers send a page's requests in parallel,
 * so this signed people out at random under load (README, "Performance": the lost sign-in).
 *
 * <p>How: a request listener is called before Payara looks up the session and after it has saved it (the host
 * pipeline wraps the application's, whose session valve saves), so holding a per-session turn from one to the other
 * covers the save. Requests without a session cookie (anonymous visitors, the API's clients) never wait. A request
 * that cannot get its turn within {@link #WAIT} seconds goes ahead anyway (and says so in the log): a slow export in
 * one tab must not lock the person out of the others. Nor does a request wait when {@link #MOST_WAITING} of its
 * session's requests already do (a browser opens six connections to a site; a client sending dozens at once on one
 * session would only tie up the server's threads in the queue): it goes ahead at once.
 */
@WebListener
public class OneRequestPerSession implements ServletRequestListener {

    private static final Logger LOG = Logger.getLogger(OneRequestPerSession.class.getName());
    static final long WAIT = 10;
    static final int MOST_WAITING = 16;
    private static final String HELD = OneRequestPerSession.class.getName() + ".turn";

    /** Session id → its turn, kept only while some request of that session holds or waits for it. */
    private final ConcurrentHashMap<String, Turn> turns = new ConcurrentHashMap<>();

    /** One session's turn, and how many requests hold or wait for it. Guarded by the map's per-key locking. */
    private static final class Turn {
        final Semaphore semaphore = new Semaphore(1, true);
        int users;
    }

    /** A turn this request holds: released once, from whichever thread ends the request. */
    private record Held(String sessionId, Turn turn, AtomicBoolean released) {
    }

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        if (!(event.getServletRequest() instanceof HttpServletRequest request)) {
            return;
        }
        String sessionId = request.getRequestedSessionId(); // from the cookie: no session is looked up or made
        if (sessionId == null || sessionId.isEmpty() || sessionId.length() > 200) {
            return;
        }
        Turn turn = turns.compute(sessionId, (id, existing) -> {
            Turn t = existing == null ? new Turn() : existing;
            t.users++;
            return t;
        });
        if (turn.semaphore.getQueueLength() >= MOST_WAITING) {
            leave(sessionId, turn);
            LOG.fine(() -> "A request to " + request.getRequestURI() + " went ahead without its turn: " + MOST_WAITING
                    + " requests of its session were waiting already");
            return;
        }
        boolean got = false;
        try {
            got = turn.semaphore.tryAcquire(WAIT, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (got) {
            request.setAttribute(HELD, new Held(sessionId, turn, new AtomicBoolean()));
        } else {
            leave(sessionId, turn);
            LOG.warning(() -> "A request to " + request.getRequestURI() + " waited " + WAIT
                    + " s for another request of its session and went ahead without its turn");
        }
    }

    @Override
    public void requestDestroyed(ServletRequestEvent event) {
        if (event.getServletRequest().getAttribute(HELD) instanceof Held held
                && held.released().compareAndSet(false, true)) {
            event.getServletRequest().removeAttribute(HELD);
            held.turn().semaphore.release();
            leave(held.sessionId(), held.turn());
        }
    }

    /** How many sessions have a request holding or waiting for their turn on this node (none when all is quiet). */
    int sessionsWithRequests() {
        return turns.size();
    }

    private void leave(String sessionId, Turn turn) {
        turns.computeIfPresent(sessionId, (id, t) -> t != turn || --t.users > 0 ? t : null);
    }
}
