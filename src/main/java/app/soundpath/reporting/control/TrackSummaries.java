package app.soundpath.reporting.control;

import app.soundpath.platform.SummarySql;

/**
 * The SQL of the per-learner, per-track summary rows ({@code learner_track_summary}) the track funnels and the
 * overview read. Each statement takes a subquery that yields the learner ids concerned (column {@code id});
 * those subqueries are fixed text in the callers, never request input. Migration V23 backfilled the table with
 * the same SELECT for every account.
 */
public final class TrackSummaries {

    public static final String COLUMNS = "learner_id, track_id, assessed_at, questionnaire_id, suggested, own_enrolled,"
            + " own_completed, lessons_done, courses_completed";

    private TrackSummaries() {
    }

    /**
     * The rows as they should be, worked out afresh: one per track for an assessed learner (their latest
     * assessment, original scoring), and one per track where they have a course summary of a published course.
     */
    public static String fresh(String learners) {
        return "SELECT l.id, t.id, la.taken_at, la.questionnaire_id,"
                + " CASE WHEN la.suggestion = UPPER(t.slug) THEN TRUE ELSE FALSE END,"
                + " COALESCE(p.own_enrolled, 0), COALESCE(p.own_completed, 0), COALESCE(p.lessons_done, 0),"
                + " COALESCE(p.courses_completed, 0)"
                + " FROM (" + learners + ") l CROSS JOIN catalog_tracks t"
                + " LEFT JOIN (SELECT a.learner_id, a.taken_at, a.questionnaire_id, a.suggestion,"
                + " ROW_NUMBER() OVER (PARTITION BY a.learner_id ORDER BY a.taken_at DESC, a.id DESC) n"
                + " FROM assessment_attempts a WHERE a.rescored_from IS NULL AND a.learner_id IN (" + learners + ")) la"
                + " ON la.learner_id = l.id AND la.n = 1"
                + " LEFT JOIN (SELECT cp.learner_id, tc.track_id,"
                + " SUM(CASE WHEN c.foundation THEN 0 ELSE 1 END) own_enrolled,"
                + " SUM(CASE WHEN c.foundation OR cp.completed_at IS NULL THEN 0 ELSE 1 END) own_completed,"
                + " SUM(cp.lessons_done) lessons_done, COUNT(cp.completed_at) courses_completed"
                + " FROM learning_course_progress cp JOIN catalog_track_courses tc ON tc.course_id = cp.course_id"
                + " JOIN catalog_courses c ON c.id = cp.course_id AND c.status = 'PUBLISHED'"
                + " WHERE cp.learner_id IN (" + learners + ") GROUP BY cp.learner_id, tc.track_id) p"
                + " ON p.learner_id = l.id AND p.track_id = t.id"
                + " WHERE la.learner_id IS NOT NULL OR p.learner_id IS NOT NULL";
    }

    /** Locks the learners' account rows, in id order, until the end of the transaction. */
    public static String lock(String learners) {
        return "SELECT a.id FROM account a WHERE a.id IN (" + learners + ") ORDER BY a.id FOR UPDATE";
    }

    public static String delete(String learners) {
        return "DELETE FROM learner_track_summary WHERE learner_id IN (" + learners + ")";
    }

    public static String insert(String learners) {
        return "INSERT INTO learner_track_summary (" + COLUMNS + ") " + fresh(learners);
    }

    /**
     * Updates the counts of the learners' existing rows in place (lessons done, courses completed, own courses
     * completed), for changes that cannot add or remove a row: the same figures {@link #fresh} works out.
     */
    public static String recount(String learners) {
        String from = " FROM learning_course_progress cp JOIN catalog_track_courses tc ON tc.course_id = cp.course_id"
                + " JOIN catalog_courses c ON c.id = cp.course_id AND c.status = 'PUBLISHED'"
                + " WHERE cp.learner_id = learner_track_summary.learner_id AND tc.track_id = learner_track_summary.track_id";
        return "UPDATE learner_track_summary SET"
                + " own_completed = COALESCE((SELECT SUM(CASE WHEN c.foundation OR cp.completed_at IS NULL THEN 0 ELSE 1 END)" + from + "), 0),"
                + " lessons_done = COALESCE((SELECT SUM(cp.lessons_done)" + from + "), 0),"
                + " courses_completed = COALESCE((SELECT COUNT(cp.completed_at)" + from + "), 0)"
                + " WHERE learner_id IN (" + learners + ")";
    }

    /** How many stored rows differ from the fresh ones, both ways (0 when the summaries are right). */
    public static String drift(String learners) {
        return SummarySql.differences("SELECT " + COLUMNS + " FROM learner_track_summary WHERE learner_id IN (" + learners + ")",
                fresh(learners));
    }
}
