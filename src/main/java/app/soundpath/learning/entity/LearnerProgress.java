package app.soundpath.learning.entity;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a page needs of one learner's progress, read in one statement: their enrolments (in the order they enrolled)
 * with each course's summary row, and their lesson rows. Lessons without a row are not started.
 */
public record LearnerProgress(List<Course> courses, Map<Long, Lesson> lessons) {

    public LearnerProgress {
        courses = List.copyOf(courses);
        lessons = Map.copyOf(lessons);
    }

    /**
     * An enrolment and its course summary.
     *
     * @param lastActivityAt the summary's last activity, or the enrolment time when there is no summary row
     * @param completedAt    when the course was completed, null while it is not
     */
    public record Course(Long courseId, boolean active, Instant lastActivityAt, Instant completedAt) {
    }

    /**
     * A lesson row: its state, best check score (null before a scored attempt), attempts so far, and whether its
     * listening exercise was passed.
     */
    public record Lesson(Long lessonId, LessonState state, Integer bestScore, int attempts, boolean listened) {

        public Lesson(Long lessonId, LessonState state, Integer bestScore, int attempts) {
            this(lessonId, state, bestScore, attempts, false);
        }
    }

    public Set<Long> activeCourseIds() {
        return courses.stream().filter(Course::active).map(Course::courseId).collect(Collectors.toUnmodifiableSet());
    }

    public List<Course> activeCourses() {
        return courses.stream().filter(Course::active).toList();
    }

    /** The lessons whose listening exercise the learner passed. */
    public Set<Long> listened() {
        return lessons.values().stream().filter(Lesson::listened).map(Lesson::lessonId)
                .collect(Collectors.toUnmodifiableSet());
    }

    public Map<Long, LessonState> states() {
        return lessons.values().stream().collect(Collectors.toUnmodifiableMap(Lesson::lessonId, Lesson::state));
    }
}
