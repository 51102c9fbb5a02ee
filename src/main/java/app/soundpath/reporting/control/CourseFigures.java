package app.soundpath.reporting.control;

import app.soundpath.platform.SummarySql;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The SQL of {@code course_figures}: per course, how many learners have a summary of it (enrolled), started it and
 * completed it, the course report's summary line. Reporting adds to them from learning's {@code CourseActivity}
 * events in the learner's transaction, and counts a course afresh when learning recounts all its summaries; the
 * report then reads eight rows instead of every learner's summary. Split over {@link #SLOTS} rows by learner id, as
 * {@link LessonFigures}.
 */
public final class CourseFigures {

    public static final int SLOTS = LessonFigures.SLOTS;

    public static final String COLUMNS = "course_id, slot, enrolled, started, completed";

    /** Adds to one slot: ?1 enrolled, ?2 started, ?3 completed; ?4 course, ?5 slot. */
    public static final String ADD = "UPDATE course_figures SET enrolled = enrolled + ?1, started = started + ?2,"
            + " completed = completed + ?3 WHERE course_id = ?4 AND slot = ?5";

    /** The slot when it is missing (a course never counted yet): the same parameters as {@link #ADD}. */
    public static final String INSERT_ONE = "INSERT INTO course_figures (" + COLUMNS + ") VALUES (?4, ?5, ?1, ?2, ?3)";

    /** The course's (?1) slots, locked: a recount then waits for learners' transactions that added to them. */
    public static final String LOCK = "SELECT slot FROM course_figures WHERE course_id = ?1 ORDER BY slot FOR UPDATE";

    /** Empty slots of the course where missing, so that a recount can set them in place. */
    public static String prepare(long courseId) {
        return "INSERT INTO course_figures (" + COLUMNS + ") SELECT " + courseId + ", s.slot, 0, 0, 0 FROM (" + slots() + ") s"
                + " WHERE NOT EXISTS (SELECT 1 FROM course_figures f WHERE f.course_id = " + courseId + " AND f.slot = s.slot)";
    }

    /**
     * Sets the course's slots to a count from scratch, in place (rows are updated, never deleted and inserted: a
     * learner's transaction waiting to add to a slot then adds to the recounted figure instead of losing its row).
     */
    public static String recount(long courseId) {
        return "MERGE INTO course_figures f USING (" + fresh(String.valueOf(courseId)) + ") AS n (course_id, slot, enrolled,"
                + " started, completed) ON (f.course_id = n.course_id AND f.slot = n.slot)"
                + " WHEN MATCHED THEN UPDATE SET enrolled = n.enrolled, started = n.started, completed = n.completed";
    }

    /** Drops a course's figures before the course is deleted (only courses nobody studied are deleted). */
    public static final String FORGET = "DELETE FROM course_figures WHERE course_id = ?1";

    private CourseFigures() {
    }

    public static int slot(long learnerId) {
        return LessonFigures.slot(learnerId);
    }

    /** The figures as they should be, counted afresh from the course summaries of the courses given. */
    public static String fresh(String courses) {
        String slot = "MOD(x.learner_id, " + SLOTS + ")";
        return "SELECT c.id AS course_id, s.slot AS slot, COALESCE(p.enrolled, 0) AS enrolled, COALESCE(p.started, 0) AS started,"
                + " COALESCE(p.completed, 0) AS completed"
                + " FROM catalog_courses c CROSS JOIN (" + slots() + ") s"
                + " LEFT JOIN (SELECT x.course_id, " + slot + " slot, COUNT(*) enrolled,"
                + " SUM(CASE WHEN x.lessons_done > 0 OR x.last_lesson_id IS NOT NULL THEN 1 ELSE 0 END) started,"
                + " COUNT(x.completed_at) completed FROM learning_course_progress x WHERE x.course_id IN (" + courses + ")"
                + " GROUP BY x.course_id, " + slot + ") p ON p.course_id = c.id AND p.slot = s.slot WHERE c.id IN (" + courses + ")";
    }

    public static String delete(String courses) {
        return "DELETE FROM course_figures WHERE course_id IN (" + courses + ")";
    }

    public static String insert(String courses) {
        return "INSERT INTO course_figures (" + COLUMNS + ") " + fresh(courses);
    }

    /**
     * How many stored rows differ from the fresh ones, both ways (0 when the figures are right). A slot of zeros and
     * a missing slot mean the same (a course nobody has enrolled in since it was made has no rows yet).
     */
    public static String drift(String courses) {
        String counts = "(enrolled <> 0 OR started <> 0 OR completed <> 0)";
        return SummarySql.differences("SELECT " + COLUMNS + " FROM course_figures WHERE course_id IN (" + courses + ") AND " + counts,
                "SELECT " + COLUMNS + " FROM (" + fresh(courses) + ") n WHERE " + counts);
    }

    private static String slots() {
        return IntStream.range(0, SLOTS).mapToObj(i -> "SELECT " + i + " AS slot").collect(Collectors.joining(" UNION ALL "));
    }
}
