package app.soundpath.platform;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

/**
 * Writes a learner's first stamp in a transaction of its own, for {@link LearnerStamps#renew}. Two first changes of
 * one learner can run at once (two sessions: a phone and a laptop, or two tabs signed in separately). Inserting the
 * row in each change's own transaction made the second one fail on the primary key when the first committed, and
 * that change (an enrolment, an assessment) was lost with it. Here the first insert commits at once; the other
 * finds the row or, if it was a moment too late, fails only this small transaction and then finds the row (EclipseLink
 * logs that refused insert as a warning; the learner's change goes through).
 */
@Stateless
public class FirstStamps {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    /** Creates the learner's stamp row unless another transaction already did. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void create(Long learner) {
        try {
            em.persist(new LearnerStamp(learner));
            em.flush();
        } catch (PersistenceException concurrentFirst) {
            // The other first change committed the row first: nothing to do but roll back.
            context.setRollbackOnly();
        }
    }
}
