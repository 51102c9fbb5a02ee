package app.soundpath.learning.control;

import app.soundpath.catalog.entity.CatalogMap;
import app.soundpath.learning.entity.LearnerProgress;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Iterator;
import java.util.concurrent.ConcurrentHashMap;

/**
 * This node's copies of learners' progress (issue 14), each kept with the progress stamp it was read under and the
 * catalogue it was read against. A copy is used only while both are still the current ones: any change to the
 * learner's progress sets a new stamp, and any change to published content (which can recount every learner's course
 * summaries) brings a new catalogue. Bounded: past {@link #MAX} learners, the oldest quarter (in no strict order) is
 * dropped; a dropped learner's next page reads their progress again.
 */
@ApplicationScoped
public class ProgressCopies {

    /** Learners kept per node: a copy is a few kilobytes, so at most some tens of megabytes. */
    public static final int MAX = 5_000;

    private record Copy(CatalogMap map, long stamp, LearnerProgress progress) {
    }

    private final ConcurrentHashMap<Long, Copy> copies = new ConcurrentHashMap<>();

    /** The learner's progress as read under this stamp against this catalogue, or null when there is no such copy. */
    public LearnerProgress get(Long learner, CatalogMap map, long stamp) {
        Copy copy = copies.get(learner);
        return copy != null && copy.map() == map && copy.stamp() == stamp ? copy.progress() : null;
    }

    /** Keeps progress read under {@code stamp}: the stamp must have been read before the progress, never after. */
    public void put(Long learner, CatalogMap map, long stamp, LearnerProgress progress) {
        if (copies.size() >= MAX) {
            int drop = MAX / 4;
            for (Iterator<Long> it = copies.keySet().iterator(); it.hasNext() && drop > 0; drop--) {
                it.next();
                it.remove();
            }
        }
        copies.put(learner, new Copy(map, stamp, progress));
    }

    /** Drops every copy (for writes made around the entities, as the demo cohort's). */
    public void clear() {
        copies.clear();
    }

    public int size() {
        return copies.size();
    }
}
