package app.soundpath.reporting.control;

import app.soundpath.platform.SummarySql;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The SQL of {@code listening_figures}: per lesson with a listening exercise, how many learners answered, the answers,
 * the right ones and the learners who passed, the course report's per-exercise line (issue 17). Reporting adds to them
 * from learning's {@code ListeningAnswered} events in the transaction that grades an item; the report then reads
 * {@link #SLOTS} rows per exercise instead of every answer. Split over slots by learner id, as {@link LessonFigures}.
 */
public final class ListeningFigures {

    public static final int SLOTS = LessonFigures.SLOTS;

    public static final String COLUMNS = "lesson_id, slot, learners, answers, correct, passed";

    /** Adds to one slot: ?1 learners, ?2 answers, ?3 correct, ?4 passed; ?5 lesson, ?6 slot. */
    public static final String ADD = "UPDATE listening_figures SET learners = learners + ?1, answers = answers + ?2,"
            + " correct = correct + ?3, passed = passed + ?4 WHERE lesson_id = ?5 AND slot = ?6";

    /** The slot when it is missing (a lesson made outside the app): the same parameters as {@link #ADD}. */
    public static final String INSERT_ONE = "INSERT INTO listening_figures (" + COLUMNS + ") VALUES (?5, ?6, ?1, ?2, ?3, ?4)";

    /** Empty figures for a new lesson (?1): every slot is there before its first answer. */
    public static final String PREPARE = "INSERT INTO listening_figures (" + COLUMNS + ") SELECT ?1, s.slot, 0, 0, 0, 0 FROM ("
            + slots() + ") s";

    /** Drops a lesson's figures before the lesson is deleted (only lessons nobody studied are deleted). */
    public static final String FORGET = "DELETE FROM listening_figures WHERE lesson_id = ?1";

    /** The report's figures of the lessons given (?): learners, answers, right answers, passes per lesson. */
    public static String read(String lessons) {
        return "SELECT lesson_id, SUM(answers), SUM(correct), SUM(learners), SUM(passed) FROM listening_figures"
                + " WHERE lesson_id IN (" + lessons + ") GROUP BY lesson_id";
    }

    private ListeningFigures() {
    }

    public static int slot(long learnerId) {
        return LessonFigures.slot(learnerId);
    }

    /** The figures as they should be, counted afresh from learning's views (V49), every slot of every lesson given. */
    public static String fresh(String lessons) {
        String slot = "MOD(x.learner_id, " + SLOTS + ")";
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

    public static String delete(String lessons) {
        return "DELETE FROM listening_figures WHERE lesson_id IN (" + lessons + ")";
    }

    public static String insert(String lessons) {
        return "INSERT INTO listening_figures (" + COLUMNS + ") " + fresh(lessons);
    }

    /**
     * How many stored rows differ from the fresh ones, both ways (0 when the figures are right). A slot of zeros and a
     * missing slot mean the same.
     */
    public static String drift(String lessons) {
        String counts = "(learners <> 0 OR answers <> 0 OR correct <> 0 OR passed <> 0)";
        return SummarySql.differences("SELECT " + COLUMNS + " FROM listening_figures WHERE lesson_id IN (" + lessons + ") AND "
                + counts, "SELECT " + COLUMNS + " FROM (" + fresh(lessons) + ") n WHERE " + counts);
    }

    private static String slots() {
        return IntStream.range(0, SLOTS).mapToObj(i -> "SELECT " + i + " AS slot").collect(Collectors.joining(" UNION ALL "));
    }
}
