package app.soundpath.learning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One submitted check, kept for the learner's history and the reports. */
@Entity
@Table(name = "check_attempt")
public class CheckAttempt {

    @Id
    @SequenceGenerator(name = "learning_seq", sequenceName = "learning_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "learning_seq")
    private Long id;

    @Column(name = "learner_id", nullable = false)
    private Long learnerId;

    @Column(name = "lesson_id", nullable = false)
    private Long lessonId;

    @Column(nullable = false)
    private int score;

    @Column(nullable = false)
    private boolean passed;

    @Column(nullable = false, length = 2000)
    private String answers;

    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;

    protected CheckAttempt() {
    }

    public CheckAttempt(Long learnerId, Long lessonId, int score, boolean passed, String answers, Instant now) {
        this.learnerId = learnerId;
        this.lessonId = lessonId;
        this.score = score;
        this.passed = passed;
        this.answers = answers.length() > 2000 ? answers.substring(0, 2000) : answers;
        this.attemptedAt = now;
    }
}
