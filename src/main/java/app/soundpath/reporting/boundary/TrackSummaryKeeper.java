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

    private static final String ONE = "SELECT x.id FROM account x WHERE x.id = ?1";
    private static final String OF_COURSE = "SELECT x.learner_id AS id FROM course_progress x WHERE x.course_id = ?1";
    private static final String RANGE = "SELECT x.id FROM account x WHERE x.id BETWEEN ?1 AND ?2";

    @PersistenceContext
    EntityManager em;

    public void progressChanged(@Observes ProgressChanged event) {
        rebuild(ONE, event.learnerId(), null);
    }

    public void assessed(@Observes Assessed event) {
        rebuild(ONE, event.learnerId(), null);
    }

    /** Every learner of the course: what counts in their tracks may have changed with the course. */
    public void courseRecounted(@Observes CourseRecounted event) {
        rebuild(OF_COURSE, event.courseId(), null);
    }

    /** Rebuilds the rows of the accounts with ids in the range (for learners written straight into the tables). */
    public int rebuildAccounts(long firstId, long lastId) {
        return rebuild(RANGE, firstId, lastId);
    }

    /** How many rows of the accounts in the range differ from what they should be (0 when all are right). */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public long drift(long firstId, long lastId) {
        em.flush();
        return ((Number) em.createNativeQuery(TrackSummaries.drift(RANGE)).setParameter(1, firstId).setParameter(2, lastId)
                .getSingleResult()).longValue();
    }

    private int rebuild(String learners, Object first, Object second) {
        em.flush();
        set(em.createNativeQuery(TrackSummaries.lock(learners)), first, second).getResultList();
        set(em.createNativeQuery(TrackSummaries.delete(learners)), first, second).executeUpdate();
        return set(em.createNativeQuery(TrackSummaries.insert(learners)), first, second).executeUpdate();
    }

    private static jakarta.persistence.Query set(jakarta.persistence.Query query, Object first, Object second) {
        query.setParameter(1, first);
        return second == null ? query : query.setParameter(2, second);
    }
}
