package app.soundpath.reporting.entity;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One learner as an admin sees them: assessments, enrolments with progress, lessons, and their learning record. */
public record LearnerDetail(Long id, String name, String email, Instant joinedAt, Instant lastSignInAt,
                            List<Assessment> assessments, List<Course> courses, List<Event> timeline) {

    /** An attempt and the decision that followed (chosen/override/reason are null without a decision). */
    public record Assessment(Long id, Instant takenAt, String suggestion, String confidence, String scoringVersion,
                             String chosenTrack, Boolean override, String reason, String reasonText) {
    }

    /** An enrolment with its summary and its lessons. */
    public record Course(String slug, String title, Instant enrolledAt, Instant leftAt, int lessonsDone, int lessonsTotal,
                         Instant completedAt, List<Lesson> lessons) {
        public int percent() {
            return lessonsTotal == 0 ? 0 : lessonsDone * 100 / lessonsTotal;
        }
    }

    /** A lesson's state for this learner: NOT_STARTED, IN_PROGRESS, COMPLETED or WAIVED. */
    @Schema(name = "LearnerLesson")
    public record Lesson(int position, String slug, String title, String state, Integer bestScore, int attempts,
                         Instant completedAt) {
    }

    /** One statement of the learning record. */
    @Schema(name = "LearnerEvent")
    public record Event(Instant at, String verb, String objectType, String objectTitle, String result) {
    }
}
