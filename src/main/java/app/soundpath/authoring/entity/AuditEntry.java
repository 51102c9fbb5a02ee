package app.soundpath.authoring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change to content: who did what to which object, when, with a before / after summary. Append-only. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    public enum Action { CREATE, EDIT, PUBLISH, DISCARD_DRAFT, ARCHIVE, RESTORE, DELETE, REORDER, OWNER_ADDED, OWNER_REMOVED, IMPORT }

    public enum ObjectType { COURSE, LESSON, SKILL, TRACK }

    @Id
    @SequenceGenerator(name = "authoring_seq", sequenceName = "authoring_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "authoring_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_id", nullable = false)
    private Long actorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Action action;

    @Enumerated(EnumType.STRING)
    @Column(name = "object_type", nullable = false, length = 10)
    private ObjectType objectType;

    @Column(name = "object_id", nullable = false)
    private Long objectId;

    @Column(name = "course_id")
    private Long courseId;

    @Column(nullable = false, length = Limits.AUDIT_TITLE)
    private String title;

    @Column(name = "before_text", length = Limits.AUDIT_TEXT)
    private String before;

    @Column(name = "after_text", length = Limits.AUDIT_TEXT)
    private String after;

    protected AuditEntry() {
    }

    public AuditEntry(Instant occurredAt, Long actorId, Action action, ObjectType objectType, Long objectId,
                      Long courseId, String title, String before, String after) {
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.action = action;
        this.objectType = objectType;
        this.objectId = objectId;
        this.courseId = courseId;
        this.title = cut(title == null ? "" : title, Limits.AUDIT_TITLE);
        this.before = before == null ? null : cut(before, Limits.AUDIT_TEXT);
        this.after = after == null ? null : cut(after, Limits.AUDIT_TEXT);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    public Long getId() { return id; }
    public Instant getOccurredAt() { return occurredAt; }
    public Long getActorId() { return actorId; }
    public Action getAction() { return action; }
    public ObjectType getObjectType() { return objectType; }
    public Long getObjectId() { return objectId; }
    public Long getCourseId() { return courseId; }
    public String getTitle() { return title; }
    public String getBefore() { return before; }
    public String getAfter() { return after; }
}
