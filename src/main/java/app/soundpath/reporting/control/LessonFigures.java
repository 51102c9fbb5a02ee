package app.soundpath.reporting.control;

import app.soundpath.platform.SummarySql;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The SQL of {@code lesson_figures}: per lesson, how many learners reached it and finished it, the sum and count of
 * their best check scores, and the failed check attempts. Reporting adds to them from learning's {@code LessonActivity} events, in the transaction
 * that changes a lesson row, so the course report reads a few rows per lesson instead of every learner's row.
 * <p>
 * Each lesson's figures are split over {@link #SLOTS} rows by learner id (striped counters): learners who finish
 * the same lesson at the same moment add to different rows, so they rarely wait for each other's row lock.
 */
public final class LessonFigures {

    public static final int SLOTS = 8;

    public static final String COLUMNS = "lesson_id, slot, reached, done, scored, score_sum, failed";

    /** Adds to one slot: ?1 reached, ?2 done, ?3 scored, ?4 score sum, ?5 failed; ?6 lesson, ?7 slot. */
    public static final String ADD = "UPDATE lesson_figures SET reached = reached + ?1, done = done + ?2, scored = scored + ?3,"
            + " score_sum = score_sum + ?4, failed = failed + ?5 WHERE lesson_id = ?6 AND slot = ?7";

    /** The slot when it is missing (a lesson made outside the app): the same parameters as {@link #ADD}. */
    public static final String INSERT_ONE = "INSERT INTO lesson_figures (" + COLUMNS + ") VALUES (?6, ?7, ?1, ?2, ?3, ?4, ?5)";

    /** Empty figures for a new lesson (?1). */
    public static final String PREPARE = "INSERT INTO lesson_figures (" + COLUMNS + ") SELECT ?1, s.slot, 0, 0, 0, 0, 0 FROM ("
            + slots() + ") s";

    public static final String FORGET = "DELETE FROM lesson_figures WHERE lesson_id = ?1";

    private LessonFigures() {
    }

    public static int slot(long learnerId) {
        return (int) Math.floorMod(learnerId, (long) SLOTS);
    }

    /** The figures as they should be, counted afresh from the lesson rows and check attempts of the lessons given. */
    public static String fresh(String lessons) {
        String slot = "MOD(x.learner_id, " + SLOTS + ")";
        return "SELECT l.id, s.slot, COALESCE(p.reached, 0), COALESCE(p.done, 0), COALESCE(p.scored, 0),"
                + " COALESCE(p.score_sum, 0), COALESCE(f.failed, 0) FROM catalog_lessons l CROSS JOIN (" + slots() + ") s"
                + " LEFT JOIN (SELECT x.lesson_id, " + slot + " slot, COUNT(*) reached,"
                + " SUM(CASE WHEN x.state <> 'IN_PROGRESS' THEN 1 ELSE 0 END) done, COUNT(x.best_score) scored,"
                + " COALESCE(SUM(x.best_score), 0) score_sum FROM learning_lesson_progress x WHERE x.lesson_id IN (" + lessons + ")"
                + " GROUP BY x.lesson_id, " + slot + ") p ON p.lesson_id = l.id AND p.slot = s.slot"
                + " LEFT JOIN (SELECT x.lesson_id, " + slot + " slot, COUNT(*) failed FROM learning_check_attempts x"
                + " WHERE x.passed = FALSE AND x.lesson_id IN (" + lessons + ") GROUP BY x.lesson_id, " + slot + ") f"
                + " ON f.lesson_id = l.id AND f.slot = s.slot WHERE l.id IN (" + lessons + ")";
    }

    public static String delete(String lessons) {
        return "DELETE FROM lesson_figures WHERE lesson_id IN (" + lessons + ")";
    }

    public static String insert(String lessons) {
        return "INSERT INTO lesson_figures (" + COLUMNS + ") " + fresh(lessons);
    }

    /** How many stored rows differ from the fresh ones, both ways (0 when the figures are right). */
    public static String drift(String lessons) {
        return SummarySql.differences("SELECT " + COLUMNS + " FROM lesson_figures WHERE lesson_id IN (" + lessons + ")",
                fresh(lessons));
    }

    private static String slots() {
        return IntStream.range(0, SLOTS).mapToObj(i -> "SELECT " + i + " AS slot").collect(Collectors.joining(" UNION ALL "));
    }
}
