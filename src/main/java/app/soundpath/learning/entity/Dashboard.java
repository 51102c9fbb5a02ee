package app.soundpath.learning.entity;

import java.time.Instant;
import java.util.List;

/**
 * Everything /learn shows, and GET /api/learners/me/progress answers: one source, the same numbers.
 * {@code courseFinishedInEveryTrack}: the learner has completed a course of each track beyond the shared
 * foundation, which is when the dashboard offers to re-check their track fit; {@code finishedInEveryTrackAt}: when
 * that became true (the offer stands until an assessment taken after it), null while it is not.
 */
public record Dashboard(List<CourseStatus> courses, Resume resume, List<TrackStatus> tracks, List<String> masteredSkills,
                        int skillsTotal, List<Activity> recent, boolean courseFinishedInEveryTrack,
                        Instant finishedInEveryTrackAt) {

    /** Where to continue: the course last worked on and its next lesson. */
    public record Resume(String courseSlug, String courseTitle, String lessonSlug, String lessonTitle) {
    }

    /** Courses complete out of the track's courses. */
    public record TrackStatus(String slug, String title, int coursesComplete, int coursesTotal) {
        public int percent() {
            return coursesTotal == 0 ? 0 : coursesComplete * 100 / coursesTotal;
        }
    }

    /** One line of recent activity. */
    public record Activity(Instant at, String verb, String objectType, String objectSlug, String objectTitle,
                           String result) {
    }

    /** True for a learner who has not enrolled in anything yet. */
    public boolean newcomer() {
        return courses.isEmpty();
    }
}
