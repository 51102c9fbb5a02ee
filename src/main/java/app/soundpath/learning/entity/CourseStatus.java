package app.soundpath.learning.entity;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One course from one learner's point of view: enrolled or not, lessons done out of total, complete, locked
 * and, when locked, exactly what is left to unlock it; and the next lesson to take.
 */
public record CourseStatus(Long courseId, String slug, String title, boolean enrolled, int lessonsDone,
                           int lessonsTotal, boolean complete, boolean locked, List<Blocker> blockers,
                           Step next, Map<String, LessonState> lessonStates) {

    /** A prerequisite course that is not done yet, and its lessons still to do. */
    public record Blocker(String courseSlug, String courseTitle, List<Step> lessonsLeft) {
    }

    /** A lesson to link to. */
    @Schema(name = "NextStep")
    public record Step(String slug, String title) {
    }

    public int percent() {
        return lessonsTotal == 0 ? 0 : lessonsDone * 100 / lessonsTotal;
    }
}
