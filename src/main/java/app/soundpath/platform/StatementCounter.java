package app.soundpath.platform;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements EclipseLink sends on the current thread (registered in persistence.xml). The reports
 * promise a fixed number of statements however many learners there are; tests read this count per request to
 * hold them to it. Costs one thread-local increment per statement.
 */
public class StatementCounter extends SessionEventAdapter {

    private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

    @Override
    public void postExecuteCall(SessionEvent event) {
        COUNT.get()[0]++;
    }

    /** Starts counting afresh on this thread (at the start of a request). */
    public static void reset() {
        COUNT.get()[0] = 0;
    }

    /** Statements sent on this thread since the last reset. */
    public static int count() {
        return COUNT.get()[0];
    }
}
