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
    private static final ThreadLocal<java.util.List<String>> TEXTS = ThreadLocal.withInitial(java.util.ArrayList::new);
    private static volatile boolean keepingTexts;

    @Override
    public void postExecuteCall(SessionEvent event) {
        COUNT.get()[0]++;
        if (keepingTexts && TEXTS.get().size() < 100) {
            TEXTS.get().add(event.getCall() instanceof org.eclipse.persistence.internal.databaseaccess.DatabaseCall call
                    ? call.getSQLString() : String.valueOf(event.getCall()));
        }
    }

    /** Tests: also keep the text of each statement (the first 100 per request), to say which ones a page sends. */
    public static void keepTexts(boolean keep) {
        keepingTexts = keep;
    }

    /** The statements sent on this thread since the last reset, when {@link #keepTexts} is on; else empty. */
    public static java.util.List<String> texts() {
        return java.util.List.copyOf(TEXTS.get());
    }

    /** Starts counting afresh on this thread (at the start of a request). */
    public static void reset() {
        COUNT.get()[0] = 0;
        TEXTS.get().clear();
    }

    /** Statements sent on this thread since the last reset. */
    public static int count() {
        return COUNT.get()[0];
    }
}
