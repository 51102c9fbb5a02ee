package app.soundpath.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
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

    private static final jakarta.servlet.ServletContext CONTEXT = (jakarta.servlet.ServletContext) Proxy.newProxyInstance(
            OneRequestPerSessionTest.class.getClassLoader(), new Class<?>[] {jakarta.servlet.ServletContext.class},
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

    /** Runs a request that stays in its turn until {@code release} opens; counts itself in {@code inside} meanwhile. */
    private Future<?> run(String sessionId, AtomicInteger inside, AtomicInteger mostInside, CountDownLatch release) {
        return pool.submit(() -> {
            ServletRequestEvent event = request(sessionId);
            turns.requestInitialized(event);
            mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                inside.decrementAndGet();
                turns.requestDestroyed(event);
            }
            return null;
        });
    }

    @Test
    void requestsOfOneSessionTakeTurnsAndTheTurnsAreForgottenAfterwards() throws Exception {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger mostInside = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        List<Future<?>> requests = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            requests.add(run("session-a", inside, mostInside, release));
        }
        Thread.sleep(300);
        assertThat(inside.get()).as("requests of one session inside at once, while the first has not ended").isEqualTo(1);
        release.countDown();
        for (Future<?> request : requests) {
            request.get(30, TimeUnit.SECONDS);
        }
        assertThat(mostInside.get()).isEqualTo(1);
        assertThat(turns.sessionsWithRequests()).isZero();
    }

    @Test
    void differentSessionsAndVisitorsWithoutASessionNeverWait() throws Exception {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger mostInside = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        List<Future<?>> requests = new ArrayList<>();
        for (String session : new String[] {"a", "b", "c", null, null, "", "x".repeat(300)}) {
            requests.add(run(session, inside, mostInside, release));
        }
        Thread.sleep(300);
        assertThat(inside.get()).isEqualTo(7);
        release.countDown();
        for (Future<?> request : requests) {
            request.get(30, TimeUnit.SECONDS);
        }
        assertThat(turns.sessionsWithRequests()).isZero();
    }

    @Test
    void aFloodOnOneSessionDoesNotQueueBeyondTheLimit() throws Exception {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger mostInside = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        List<Future<?>> requests = new ArrayList<>();
        int flood = OneRequestPerSession.MOST_WAITING + 10;
        for (int i = 0; i < 1 + flood; i++) {
            requests.add(run("flooded", inside, mostInside, release));
        }
        Thread.sleep(500);
        // one in its turn, MOST_WAITING queued, the rest went ahead without waiting
        assertThat(inside.get()).isEqualTo(1 + flood - OneRequestPerSession.MOST_WAITING);
        release.countDown();
        for (Future<?> request : requests) {
            request.get(30, TimeUnit.SECONDS);
        }
        assertThat(turns.sessionsWithRequests()).isZero();
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
