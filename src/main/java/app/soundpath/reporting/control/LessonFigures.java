package app.soundpath.reporting.control;

import static app.soundpath.reporting.control.SlotCounters.slotOf;
import static app.soundpath.reporting.control.SlotCounters.slots;

/**
 * The SQL of {@code lesson_figures}: per lesson, how many learners reached it and finished it, the sum and count of
 * their best check scores, and the failed check attempts. Reporting adds to them from learning's {@code LessonActivity} events, in the transaction
 * that changes a lesson row, so the course report reads a few rows per lesson instead of every learner's row.
 * <p>
 * Each lesson's figures are split over {@link SlotCounters#SLOTS} rows by learner id (striped counters): learners who
 * finish the same lesson at the same moment add to different rows, so they rarely wait for each other's row lock.
 * Every lesson gets its slots when it is made, so a missing slot is drift.
 */
public final class LessonFigures {

    public static final SlotCounters TABLE = new SlotCounters("lesson_figures", "lesson_id", LessonFigures::fresh, false,
            "reached", "done", "scored", "score_sum", "failed");

    private LessonFigures() {
    }

    /** The figures as they should be, counted afresh from the lesson rows and check attempts of the lessons given. */
    private static String fresh(String lessons) {
        String slot = slotOf("x");
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
}
