package app.soundpath.platform;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.annotations.CacheCoordinationType;

/**
 * A learner's stamp (issue 14): set anew in the transaction of every change to what the learner's own pages show of
 * them (their enrolments and lesson rows, assessment attempts and decisions, credentials). It lives in each node's
 * shared cache; a change on one node invalidates it on the others (cache coordination over Payara's data grid). A copy
 * of the learner's data read under a stamp is current while the cached stamp is the same. A stamp is a random number
 * rather than a count, so two transactions of one learner never need to read it first: whichever commits last leaves
 * its stamp, and both changes are in the database by then. Written and read only through {@link LearnerStamps}.
 */
@Entity
@Cacheable
@Cache(coordinationType = CacheCoordinationType.INVALIDATE_CHANGED_OBJECTS)
@Table(name = "learner_stamp")
public class LearnerStamp {

    @Id
    @Column(name = "learner_id")
    private Long learnerId;

    @Column(nullable = false)
    private long stamp;

    protected LearnerStamp() {
    }

    LearnerStamp(Long learnerId) {
        this.learnerId = learnerId;
        renew();
    }

    public Long getLearnerId() { return learnerId; }

    public long getStamp() { return stamp; }

    /** Something the learner's pages show changed (called in the transaction of the change). */
    void renew() {
        long next;
        do {
            next = ThreadLocalRandom.current().nextLong();
        } while (next == stamp);
        stamp = next;
    }
}
