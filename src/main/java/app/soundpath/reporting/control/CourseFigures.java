package app.soundpath.reporting.control;

import static app.soundpath.reporting.control.SlotCounters.slotOf;
import static app.soundpath.reporting.control.SlotCounters.slots;

/**
 * The SQL of {@code course_figures}: per course, how many learners have a summary of it (enrolled), started it and
 * completed it, the course report's summary line. Reporting adds to them from learning's {@code CourseActivity}
 * events in the learner's transaction, and counts a course afresh when learning recounts all its summaries; the
 * report then reads eight rows instead of every learner's summary. Split over slots by learner id, as
 * {@link LessonFigures}; a slot of zeros and a missing slot mean the same (a course nobody has enrolled in since it
 * was made has no rows yet).
 */
public final class CourseFigures {

    public static final SlotCounters TABLE = new SlotCounters("course_figures", "course_id", CourseFigures::fresh, true,
            "enrolled", "started", "completed");

    /** The course's (?1) slots, locked: a recount then waits for learners' transactions that added to them. */
    public static final String LOCK = "SELECT slot FROM course_figures WHERE course_id = ?1 ORDER BY slot FOR UPDATE";

    private CourseFigures() {
    }

    /**
     * Sets the course's slots to a count from scratch, in place (rows are updated, never deleted and inserted: a
     * learner's transaction waiting to add to a slot then adds to the recounted figure instead of losing its row).
     */
    public static String recount(long courseId) {
        return "MERGE INTO course_figures f USING (" + fresh(String.valueOf(courseId)) + ") AS n (" + TABLE.columns() + ")"
                + " ON (f.course_id = n.course_id AND f.slot = n.slot)"
                + " WHEN MATCHED THEN UPDATE SET enrolled = n.enrolled, started = n.started, completed = n.completed";
    }

    /** The figures as they should be, counted afresh from the course summaries of the courses given. */
    private static String fresh(String courses) {
        String slot = slotOf("x");
        return "SELECT c.id AS course_id, s.slot AS slot, COALESCE(p.enrolled, 0) AS enrolled, COALESCE(p.started, 0) AS started,"
                + " COALESCE(p.completed, 0) AS completed"
                + " FROM catalog_courses c CROSS JOIN (" + slots() + ") s"
                + " LEFT JOIN (SELECT x.course_id, " + slot + " slot, COUNT(*) enrolled,"
                + " SUM(CASE WHEN x.lessons_done > 0 OR x.last_lesson_id IS NOT NULL THEN 1 ELSE 0 END) started,"
                + " COUNT(x.completed_at) completed FROM learning_course_progress x WHERE x.course_id IN (" + courses + ")"
                + " GROUP BY x.course_id, " + slot + ") p ON p.course_id = c.id AND p.slot = s.slot WHERE c.id IN (" + courses + ")";
    }
}
