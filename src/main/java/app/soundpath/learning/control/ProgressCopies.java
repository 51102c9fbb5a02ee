package app.soundpath.learning.control;

import app.soundpath.catalog.entity.CatalogMap;
import app.soundpath.catalog.entity.CatalogMap.CourseNode;
import app.soundpath.learning.entity.CourseStatus;
import app.soundpath.learning.entity.Dashboard;
import app.soundpath.learning.entity.LearnerProgress;
import app.soundpath.platform.StampedCopies;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * This node's copies of learners' progress (issue 14), each kept with the learner's stamp it was read under and the
 * catalogue it was read against. A copy is used only while both are still the current ones: any change to what the
 * learner's pages show sets a new stamp, and any change to published content (which can recount every learner's course
 * summaries) brings a new catalogue. Bounded: past {@link #MAX} learners, a quarter (in no strict order) is dropped; a
 * dropped learner's next page reads their progress again.
 */
@ApplicationScoped
public class ProgressCopies {

    /** Learners kept per node: a copy is a few kilobytes, so at most some tens of megabytes. */
    public static final int MAX = StampedCopies.MAX;

    /**
     * One learner's progress as read under a stamp, and what pages work out from it once they have needed it: the
     * rules, each course's status, the dashboard and the recent activity. All of it follows from the progress and the
     * catalogue alone (every change that writes a learning event also renews the stamp, so the activity is as current
     * as the progress), so a copy's pages are worked out once, not on every request.
     */
    public static final class Copy {

        private final CatalogMap map;
        private final long stamp;
        private final LearnerProgress progress;
        private volatile List<Dashboard.Activity> recent;
        private volatile ProgressRules rules;
        private volatile Dashboard dashboard;
        private final ConcurrentHashMap<Long, CourseStatus> statuses = new ConcurrentHashMap<>();

        public Copy(CatalogMap map, long stamp, LearnerProgress progress) {
            this.map = map;
            this.stamp = stamp;
            this.progress = progress;
        }

        public LearnerProgress progress() {
            return progress;
        }

        /** The rules over this progress and catalogue. */
        public ProgressRules rules() {
            ProgressRules kept = rules;
            if (kept == null) {
                kept = new ProgressRules(map, progress.states(), progress.activeCourseIds(), progress.listened());
                rules = kept;
            }
            return kept;
        }

        /** The learner's status in a course of this copy's catalogue, worked out once. */
        public CourseStatus status(CourseNode course) {
            return statuses.computeIfAbsent(course.id(), id -> rules().status(course));
        }

        /** The dashboard, worked out from this copy on the first call and kept with it. */
        public Dashboard dashboard(Function<Copy, Dashboard> workOut) {
            Dashboard kept = dashboard;
            if (kept == null) {
                kept = workOut.apply(this);
                dashboard = kept;
            }
            return kept;
        }

        /** The recent activity: kept from the first call (read after the stamp, as the progress was). */
        public List<Dashboard.Activity> recent(Supplier<List<Dashboard.Activity>> read) {
            List<Dashboard.Activity> kept = recent;
            if (kept == null) {
                kept = List.copyOf(read.get());
                recent = kept;
            }
            return kept;
        }
    }

    private final ConcurrentHashMap<Long, Copy> copies = new ConcurrentHashMap<>();

    /** The learner's copy read under this stamp against this catalogue, or null when there is none. */
    public Copy get(Long learner, CatalogMap map, long stamp) {
        Copy copy = copies.get(learner);
        return copy != null && copy.map == map && copy.stamp == stamp ? copy : null;
    }

    /** Keeps a copy: its stamp must have been read before its progress, never after. */
    public void put(Long learner, Copy copy) {
        StampedCopies.putBounded(copies, learner, copy, MAX);
    }

    public int size() {
        return copies.size();
    }
}
