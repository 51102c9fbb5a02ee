package app.soundpath.learning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One submitted check, kept for the learner's history and the reports. A client may name the request with an
 * idempotency key; the same key from the same learner again is the same attempt (see {@code sql/V50__…}).
 */
@Entity
@Table(name = "check_attempt")
@NamedQuery(name = CheckAttempt.BY_REQUEST_KEY,
        query = "SELECT a FROM CheckAttempt a WHERE a.learnerId = :learner AND a.requestKey = :key")
public class CheckAttempt {

    public static final String BY_REQUEST_KEY = "CheckAttempt.byRequestKey";
    /** Longest idempotency key, as in the migration. */
    public static final int REQUEST_KEY_LENGTH = 64;

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

    @Column(name = "request_key", length = REQUEST_KEY_LENGTH)
    private String requestKey;

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

    public CheckAttempt(Long learnerId, Long lessonId, int score, boolean passed, String answers, Instant now,
                        String requestKey) {
        this(learnerId, lessonId, score, passed, answers, now);
        this.requestKey = requestKey;
    }

    /** The answers as stored: "questionId:optionId,optionId;…". */
    public String answers() {
        return answers;
    }
}
