package app.soundpath.learning.entity;

import app.soundpath.catalog.entity.ListeningKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A listening item issued to one learner for one lesson (issue 17). Kind, rung and seed give its audio and its
 * answer; the answer is kept here and never leaves the server before the item is graded. Answered once: the answer
 * columns are set by {@link #ANSWER}, a conditional update that changes nothing when they are already set.
 */
@Entity
@Table(name = "listening_item")
@NamedQuery(name = ListeningItem.ANSWER, query = "UPDATE ListeningItem i SET i.chosen = :chosen, i.correct = :correct,"
        + " i.answeredAt = :now WHERE i.id = :id AND i.learnerId = :learner AND i.answeredAt IS NULL")
@NamedQuery(name = ListeningItem.ANSWERS, query = "SELECT i.rung, i.correct FROM ListeningItem i"
        + " WHERE i.learnerId = :learner AND i.lessonId = :lesson AND i.answeredAt IS NOT NULL"
        + " ORDER BY i.answeredAt DESC, i.id DESC")
@NamedQuery(name = ListeningItem.OPEN, query = "SELECT i FROM ListeningItem i WHERE i.learnerId = :learner"
        + " AND i.lessonId = :lesson AND i.answeredAt IS NULL AND i.issuedAt > :since ORDER BY i.issuedAt DESC, i.id DESC")
public class ListeningItem {

    public static final String ANSWER = "ListeningItem.answer";
    public static final String ANSWERS = "ListeningItem.answers";
    public static final String OPEN = "ListeningItem.open";
    public static final int CHOICE_LENGTH = 20;
    /** The most answers a pass rule looks back on (the largest window an exercise may have, sql/V48). */
    public static final int HISTORY = 50;

    @Id
    @SequenceGenerator(name = "learning_seq", sequenceName = "learning_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "learning_seq")
    private Long id;

    @Column(name = "learner_id", nullable = false)
    private Long learnerId;

    @Column(name = "lesson_id", nullable = false)
    private Long lessonId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ListeningKind kind;

    @Column(nullable = false)
    private int rung;

    @Column(nullable = false)
    private long seed;

    @Column(nullable = false, length = CHOICE_LENGTH)
    private String answer;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(length = CHOICE_LENGTH)
    private String chosen;

    private Boolean correct;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected ListeningItem() {
    }

    public ListeningItem(Long learnerId, Long lessonId, ListeningKind kind, int rung, long seed, String answer,
                         Instant now) {
        this.learnerId = learnerId;
        this.lessonId = lessonId;
        this.kind = kind;
        this.rung = rung;
        this.seed = seed;
        this.answer = answer;
        this.issuedAt = now;
    }

    public boolean belongsTo(Long learner) {
        return learnerId.equals(learner);
    }

    public Long getId() { return id; }
    public Long getLessonId() { return lessonId; }
    public ListeningKind getKind() { return kind; }
    public int getRung() { return rung; }
    public long getSeed() { return seed; }
    public String getAnswer() { return answer; }
    public boolean isAnswered() { return answeredAt != null; }
}
