package app.soundpath.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.OptionalLong;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

/**
 * The one way to the {@code learner_stamp} table (owned by the platform, used by learning, assessment and credentials):
 * each feature that changes what a learner's pages show renews the stamp in the same transaction, and each feature
 * keeps per-node copies of what it read for a learner under the stamp ({@link StampedCopies}).
 */
@ApplicationScoped
public class LearnerStamps {

    @PersistenceContext
    EntityManager em;

    @Inject
    FirstStamps first;

    /**
     * The learner's current stamp, from the shared cache (no SQL once cached); empty for a learner without one, whose
     * data is then read each time and not kept.
     */
    public OptionalLong current(Long learner) {
        LearnerStamp stamp = em.find(LearnerStamp.class, learner, Map.of(QueryHints.READ_ONLY, HintValues.TRUE));
        return stamp == null ? OptionalLong.empty() : OptionalLong.of(stamp.getStamp());
    }

    /**
     * Gives an account created in this transaction its stamp, so the learner's pages are kept per node from their first
     * visit (a learner without a stamp has their data read on every page). Only for a new account: nobody else can be
     * writing its stamp yet.
     */
    public void startFor(Long newAccount) {
        em.persist(new LearnerStamp(newAccount));
    }

    /**
     * Marks the learner's data as changed: call it in the transaction that changes it. The new stamp reaches this node's
     * shared cache when the transaction commits, and the other nodes' caches drop theirs. A learner's first stamp is
     * written at once in a transaction of its own ({@link FirstStamps}), so two first changes at the same moment both
     * find a row to renew instead of both inserting one (the second insert failed, and took its change with it). The
     * learner's account must already be committed (the row refers to it); a new account gets its stamp from
     * {@link #startFor} instead.
     */
    public void renew(Long learner) {
        LearnerStamp stamp = em.find(LearnerStamp.class, learner);
        if (stamp == null) {
            first.create(learner);
            stamp = em.find(LearnerStamp.class, learner);
        }
        if (stamp == null) { // only if it was deleted again in between: insert it here, as before
            em.persist(new LearnerStamp(learner));
        } else {
            stamp.renew();
        }
    }
}
