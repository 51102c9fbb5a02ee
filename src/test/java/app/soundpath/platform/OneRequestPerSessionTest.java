package app.soundpath.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The turn-taking of {@link OneRequestPerSession} on its own, with plain threads standing in for the server's (the
 * integration test in PlatformIT shows it covers Payara's session save). Each "request" is a map of attributes with a
 * requested session id, as the server hands it to the listener.
 */
class OneRequestPerSessionTest {

    private static final ServletContext CONTEXT = (ServletContext) Proxy.newProxyInstance(
            OneRequestPerSessionTest.class.getClassLoader(), new Class<?>[] {ServletContext.class},
            (proxy, method, args) -> null);

    private final OneRequestPerSession turns = new OneRequestPerSession();
    private final ExecutorService pool = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private static ServletRequestEvent request(String sessionId) {
        Map<String, Object> attributes = new HashMap<>();
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(
                OneRequestPerSessionTest.class.getClassLoader(), new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getRequestedSessionId" -> sessionId;
                    case "getRequestURI" -> "/courses/x";
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    case "removeAttribute" -> attributes.remove((String) args[0]);
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> null;
                });
        return new ServletRequestEvent(CONTEXT, (ServletRequest) request);
    }

    /** Requests of the given sessions, each staying in its turn until {@link #finish}; counts who is inside. */
    private final class Crowd {
        final AtomicInteger inside = new AtomicInteger();
        final AtomicInteger mostInside = new AtomicInteger();
        final CountDownLatch release = new CountDownLatch(1);
        final List<Future<?>> requests = new ArrayList<>();

        Crowd(String... sessionIds) throws InterruptedException {
            for (String sessionId : sessionIds) {
                requests.add(pool.submit(() -> {
                    ServletRequestEvent event = request(sessionId);
                    turns.requestInitialized(event);
                    mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } finally {
                        inside.decrementAndGet();
                        turns.requestDestroyed(event);
                    }
                    return null;
                }));
            }
            Thread.sleep(400); // time for every request to take its turn, queue, or go ahead
        }

        void finish() throws Exception {
            release.countDown();
            for (Future<?> request : requests) {
                request.get(30, TimeUnit.SECONDS);
            }
            assertThat(turns.sessionsWithRequests()).as("sessions still remembered afterwards").isZero();
        }
    }

    @Test
    void requestsOfOneSessionTakeTurnsAndTheTurnsAreForgottenAfterwards() throws Exception {
        Crowd crowd = new Crowd("session-a", "session-a", "session-a", "session-a", "session-a");
        assertThat(crowd.inside.get()).as("requests of one session inside at once, the first not ended").isEqualTo(1);
        crowd.finish();
        assertThat(crowd.mostInside.get()).isEqualTo(1);
    }

    @Test
    void differentSessionsAndVisitorsWithoutASessionNeverWait() throws Exception {
        Crowd crowd = new Crowd("a", "b", "c", null, null, "", "x".repeat(300));
        assertThat(crowd.inside.get()).isEqualTo(7);
        crowd.finish();
    }

    @Test
    void aFloodOnOneSessionDoesNotQueueBeyondTheLimit() throws Exception {
        int flood = OneRequestPerSession.MOST_WAITING + 10;
        Crowd crowd = new Crowd(Collections.nCopies(1 + flood, "flooded").toArray(String[]::new));
        // one in its turn, MOST_WAITING queued, the rest went ahead without waiting
        assertThat(crowd.inside.get()).isEqualTo(1 + flood - OneRequestPerSession.MOST_WAITING);
        crowd.finish();
    }

    @Test
    void aTurnIsGivenBackOnceEvenWhenTheEndIsReportedTwice() throws Exception {
        ServletRequestEvent first = request("twice");
        turns.requestInitialized(first);
        turns.requestDestroyed(first);
        turns.requestDestroyed(first);
        ServletRequestEvent second = request("twice");
        ServletRequestEvent third = request("twice");
        turns.requestInitialized(second);
        Future<?> waiting = pool.submit(() -> turns.requestInitialized(third));
        Thread.sleep(300);
        assertThat(waiting).as("the third waits for the second: the double end gave back only one turn").isNotDone();
        turns.requestDestroyed(second);
        waiting.get(30, TimeUnit.SECONDS);
        turns.requestDestroyed(third);
        assertThat(turns.sessionsWithRequests()).isZero();
    }
}
