package app.soundpath.reporting.control;

import static app.soundpath.reporting.control.SlotCounters.slotOf;
import static app.soundpath.reporting.control.SlotCounters.slots;

/**
 * The SQL of {@code listening_figures}: per lesson with a listening exercise, how many learners answered, the answers,
 * the right ones and the learners who passed, the course report's per-exercise line (issue 17). Reporting adds to them
 * from learning's {@code ListeningAnswered} events in the transaction that grades an item; the report then reads
 * {@link SlotCounters#SLOTS} rows per exercise instead of every answer. Split over slots by learner id, as
 * {@link LessonFigures}; a slot of zeros and a missing slot mean the same.
 */
public final class ListeningFigures {

    public static final SlotCounters TABLE = new SlotCounters("listening_figures", "lesson_id", ListeningFigures::fresh, true,
            "learners", "answers", "correct", "passed");

    private ListeningFigures() {
    }

    /** The figures as they should be, counted afresh from learning's views (V49), every slot of every lesson given. */
    private static String fresh(String lessons) {
        String slot = slotOf("x");
        return "SELECT l.id AS lesson_id, s.slot AS slot, COALESCE(a.learners, 0) AS learners, COALESCE(a.answers, 0) AS answers,"
                + " COALESCE(a.correct, 0) AS correct, COALESCE(p.passed, 0) AS passed"
                + " FROM catalog_lessons l CROSS JOIN (" + slots() + ") s"
                + " LEFT JOIN (SELECT x.lesson_id, " + slot + " slot, COUNT(DISTINCT x.learner_id) learners, COUNT(*) answers,"
                + " SUM(CASE WHEN x.correct THEN 1 ELSE 0 END) correct FROM learning_listening_answers x"
                + " WHERE x.lesson_id IN (" + lessons + ") GROUP BY x.lesson_id, " + slot + ") a"
                + " ON a.lesson_id = l.id AND a.slot = s.slot"
                + " LEFT JOIN (SELECT x.lesson_id, " + slot + " slot, COUNT(*) passed FROM learning_listening_passes x"
                + " WHERE x.lesson_id IN (" + lessons + ") GROUP BY x.lesson_id, " + slot + ") p"
                + " ON p.lesson_id = l.id AND p.slot = s.slot WHERE l.id IN (" + lessons + ")";
    }
}
