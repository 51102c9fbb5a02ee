package app.soundpath.learning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;

/** A learner's progress on one lesson. One row per learner and lesson, whatever happens twice. */
@Entity
@Table(name = "lesson_progress")
@IdClass(LessonProgress.Key.class)
@NamedQuery(name = LessonProgress.OF_LEARNER, query = "SELECT p FROM LessonProgress p WHERE p.learnerId = :learner")
@NamedQuery(name = LessonProgress.COUNT_OF_LESSONS, query = "SELECT COUNT(p) FROM LessonProgress p WHERE p.lessonId IN :lessons")
public class LessonProgress {

    public static final String COUNT_OF_LESSONS = "LessonProgress.countOfLessons";

    public static final String OF_LEARNER = "LessonProgress.ofLearner";

    /** Learner id and lesson id. */
    public record Key(Long learnerId, Long lessonId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "learner_id")
    private Long learnerId;

    @Id
    @Column(name = "lesson_id")
    private Long lessonId;

    @Column(name = "course_id", nullable = false)
    private Long courseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LessonState state;

    @Column(name = "best_score")
    private Integer bestScore;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    /** When the lesson's listening exercise was passed (issue 17); null: not by listening. */
    @Column(name = "listened_at")
    private Instant listenedAt;

    @Version
    private long version;

    protected LessonProgress() {
    }

    public LessonProgress(Long learnerId, Long lessonId, Long courseId, Instant now) {
        this.learnerId = learnerId;
        this.lessonId = lessonId;
        this.courseId = courseId;
        this.state = LessonState.IN_PROGRESS;
        this.updatedAt = now;
    }

    /** Records a check attempt; returns true when this attempt completed the lesson. */
    public boolean attempted(int score, boolean passed, Instant now) {
        attempts++;
        bestScore = bestScore == null ? score : Math.max(bestScore, score);
        updatedAt = now;
        return passed && complete(now);
    }

    /** Completes the lesson; returns false when it was already done (completed or waived). */
    public boolean complete(Instant now) {
        if (state.done()) {
            return false;
        }
        state = LessonState.COMPLETED;
        completedAt = now;
        updatedAt = now;
        return true;
    }

    /**
     * Records a passed listening exercise and completes the lesson. Returns true when this completed it; passing again
     * changes nothing.
     */
    public boolean listened(Instant now) {
        if (listenedAt == null) {
            listenedAt = now;
            updatedAt = now;
        }
        return complete(now);
    }

    public boolean hasListened() {
        return listenedAt != null;
    }

    /** Waives the lesson after a passed course challenge; returns false when it was already done. */
    public boolean waive(Instant now) {
        if (state.done()) {
            return false;
        }
        state = LessonState.WAIVED;
        completedAt = now;
        updatedAt = now;
        return true;
    }

    public Long getLessonId() { return lessonId; }
    public Long getCourseId() { return courseId; }
    public LessonState getState() { return state; }
    public Integer getBestScore() { return bestScore; }
    public int getAttempts() { return attempts; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Instant getCompletedAt() { return completedAt; }
}
