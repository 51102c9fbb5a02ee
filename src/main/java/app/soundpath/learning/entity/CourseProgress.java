package app.soundpath.learning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;

/** The per-learner, per-course summary every view reads. Changed only together with the lesson rows. */
@Entity
@Table(name = "course_progress")
@IdClass(CourseProgress.Key.class)
@NamedQuery(name = CourseProgress.OF_ACTIVE_ENROLMENT, query = "SELECT p FROM CourseProgress p WHERE p.learnerId = :learner"
        + " AND p.courseId = :course AND EXISTS (SELECT e FROM Enrollment e WHERE e.learnerId = p.learnerId"
        + " AND e.courseId = p.courseId AND e.leftAt IS NULL)")
public class CourseProgress {

    /** The summary row of a course the learner is enrolled in now (none when not enrolled or left). */
    public static final String OF_ACTIVE_ENROLMENT = "CourseProgress.ofActiveEnrolment";

    /** Learner id and course id. */
    public record Key(Long learnerId, Long courseId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "learner_id")
    private Long learnerId;

    @Id
    @Column(name = "course_id")
    private Long courseId;

    @Column(name = "lessons_total", nullable = false)
    private int lessonsTotal;

    @Column(name = "lessons_done", nullable = false)
    private int lessonsDone;

    @Column(name = "last_lesson_id")
    private Long lastLessonId;

    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Version
    private long version;

    protected CourseProgress() {
    }

    public CourseProgress(Long learnerId, Long courseId, int lessonsTotal, Instant now) {
        this.learnerId = learnerId;
        this.courseId = courseId;
        this.lessonsTotal = lessonsTotal;
        this.lastActivityAt = now;
    }

    /** Sets the counts from the lesson rows (recounted, never incremented, so it cannot drift). */
    public void recount(int total, int done, Long lessonId, Instant now) {
        this.lessonsTotal = total;
        this.lessonsDone = done;
        if (lessonId != null) {
            this.lastLessonId = lessonId;
        }
        this.lastActivityAt = now;
        this.completedAt = done >= total && total > 0 ? (completedAt == null ? now : completedAt) : null;
    }

    /** What of this row the reports' course figures count (started: a lesson done or one opened from the course). */
    public CourseActivity.Shape shape() {
        return new CourseActivity.Shape(lessonsDone > 0 || lastLessonId != null, completedAt != null);
    }

    public Long getLearnerId() { return learnerId; }
    public Long getCourseId() { return courseId; }
    public int getLessonsTotal() { return lessonsTotal; }
    public int getLessonsDone() { return lessonsDone; }
    public Long getLastLessonId() { return lastLessonId; }
    public Instant getLastActivityAt() { return lastActivityAt; }
    public Instant getCompletedAt() { return completedAt; }
}
