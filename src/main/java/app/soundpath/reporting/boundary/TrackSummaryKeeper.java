package app.soundpath.reporting.boundary;

import app.soundpath.assessment.entity.Assessed;
import app.soundpath.learning.entity.CourseRecounted;
import app.soundpath.learning.entity.ProgressChanged;
import app.soundpath.reporting.control.TrackSummaries;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Keeps {@code learner_track_summary} in step with course summaries and assessments: it rebuilds the rows of the
 * learners concerned in the transaction that changed them, so a rollback takes both back.
 * <p>
 * It first locks those learners' account rows. Two transactions of one learner (two tabs, an assessment while a
 * lesson is saved) then rebuild one after the other, and the second one's statements see what the first
 * committed: a rebuild always starts from everything committed before it plus its own transaction's changes.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class TrackSummaryKeeper {

    private static final String ONE = "SELECT x.id FROM identity_people x WHERE x.id = ?1";
    private static final String OF_COURSE = "SELECT x.learner_id AS id FROM learning_course_progress x WHERE x.course_id = ?1";
    private static final String ALL = "SELECT x.id FROM identity_people x";

    @PersistenceContext
    EntityManager em;

    public void progressChanged(@Observes ProgressChanged event) {
        if (event.countsOnly()) {
            recount(event.learnerId());
        } else {
            rebuild(ONE, event.learnerId());
        }
    }

    public void assessed(@Observes Assessed event) {
        rebuild(ONE, event.learnerId());
    }

    /** Every learner of the course: what counts in their tracks may have changed with the course. */
    public void courseRecounted(@Observes CourseRecounted event) {
        rebuild(OF_COURSE, event.courseId());
    }

    /**
     * Rebuilds the rows of the accounts with ids in the range (for learners written straight into the tables). The
     * bounds are numbers in the SQL text, not parameters: PostgreSQL's generic plan for a parameterised range
     * assumes a few rows and took seconds over a few hundred learners.
     */
    public int rebuildAccounts(long firstId, long lastId) {
        return rebuild("SELECT x.id FROM identity_people x WHERE x.id BETWEEN " + firstId + " AND " + lastId, null);
    }

    /** How many rows of all accounts differ from what they should be (0 when all are right). */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public long drift() {
        em.flush();
        return ((Number) em.createNativeQuery(TrackSummaries.drift(ALL)).getSingleResult()).longValue();
    }

    /** Rebuilds the rows of the learners the subquery yields; its one parameter (?1), if any, is given. */
    private int rebuild(String learners, Object parameter) {
        em.flush();
        with(em.createNativeQuery(TrackSummaries.lock(learners)), parameter).getResultList();
        with(em.createNativeQuery(TrackSummaries.delete(learners)), parameter).executeUpdate();
        return with(em.createNativeQuery(TrackSummaries.insert(learners)), parameter).executeUpdate();
    }

    /**
     * Only the numbers of the learner's existing rows changed (lessons done, a course completed; not which courses
     * they have): locks the account as a rebuild does, then updates the rows in place, two statements instead of three.
     */
    private void recount(Long learner) {
        em.flush();
        em.createNativeQuery(TrackSummaries.lock(ONE)).setParameter(1, learner).getResultList();
        em.createNativeQuery(TrackSummaries.recount(ONE)).setParameter(1, learner).executeUpdate();
    }

    private static jakarta.persistence.Query with(jakarta.persistence.Query query, Object parameter) {
        return parameter == null ? query : query.setParameter(1, parameter);
    }
}
