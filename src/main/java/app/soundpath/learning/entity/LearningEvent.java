package app.soundpath.learning.entity;

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

/** One line of the learning record: actor, verb, object, result, time. Append-only. */
@Entity
@Table(name = "learning_event")
@NamedQuery(name = LearningEvent.OF_LEARNER, query = "SELECT e FROM LearningEvent e WHERE e.learnerId = :learner"
        + " ORDER BY e.occurredAt DESC, e.id DESC")
public class LearningEvent {

    public static final String OF_LEARNER = "LearningEvent.ofLearner";

    /** What the learner did. */
    public enum Verb { ENROLLED, LEFT, COMPLETED, PASSED, FAILED, WAIVED }

    /** What it was done to. */
    public enum ObjectType { COURSE, LESSON }

    @Id
    @SequenceGenerator(name = "learning_seq", sequenceName = "learning_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "learning_seq")
    private Long id;

    @Column(name = "learner_id", nullable = false)
    private Long learnerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Verb verb;

    @Enumerated(EnumType.STRING)
    @Column(name = "object_type", nullable = false, length = 10)
    private ObjectType objectType;

    @Column(name = "object_id", nullable = false)
    private Long objectId;

    @Column(length = 200)
    private String result;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected LearningEvent() {
    }

    public LearningEvent(Long learnerId, Verb verb, ObjectType objectType, Long objectId, String result, Instant now) {
        this.learnerId = learnerId;
        this.verb = verb;
        this.objectType = objectType;
        this.objectId = objectId;
        this.result = result;
        this.occurredAt = now;
    }

    public Long getId() { return id; }
    public Verb getVerb() { return verb; }
    public ObjectType getObjectType() { return objectType; }
    public Long getObjectId() { return objectId; }
    public String getResult() { return result; }
    public Instant getOccurredAt() { return occurredAt; }
}
