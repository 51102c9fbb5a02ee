package app.soundpath.identity.entity;

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

/** One line of the security log: who did what to which account, when and from where. */
@Entity
@Table(name = "security_event")
@NamedQuery(name = SecurityEvent.PAGE, query = "SELECT e FROM SecurityEvent e WHERE e.id < :before ORDER BY e.id DESC")
@NamedQuery(name = SecurityEvent.PAGE_OF_KIND, query = "SELECT e FROM SecurityEvent e WHERE e.id < :before"
        + " AND e.kind = :kind ORDER BY e.id DESC")
@NamedQuery(name = SecurityEvent.OF_SUBJECT, query = "SELECT e FROM SecurityEvent e WHERE e.subjectId = :subject"
        + " ORDER BY e.id DESC")
public class SecurityEvent {

    public static final String PAGE = "SecurityEvent.page";
    public static final String PAGE_OF_KIND = "SecurityEvent.pageOfKind";
    public static final String OF_SUBJECT = "SecurityEvent.ofSubject";
    public static final int DETAIL_MAX = 500;

    /** What happened. */
    public enum Kind {
        SIGN_UP, SIGN_IN, SIGN_IN_FAILED, SIGN_IN_REFUSED, SIGN_OUT, PASSWORD_CHANGED, NAME_CHANGED,
        ROLE_GRANTED, ROLE_REMOVED, DEACTIVATED, REACTIVATED, RESET_LINK_ISSUED, PASSWORD_RESET, ACCOUNT_CREATED,
        RESET_REQUESTED, ADDRESS_CONFIRMED, EMAIL_CHANGE_REQUESTED, EMAIL_CHANGED, REMINDERS_CHANGED
    }

    @Id
    @SequenceGenerator(name = "identity_seq", sequenceName = "identity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "identity_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Kind kind;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "subject_id")
    private Long subjectId;

    @Column(name = "subject_email", length = Account.EMAIL_MAX)
    private String subjectEmail;

    @Column(nullable = false, length = 64)
    private String address;

    @Column(length = DETAIL_MAX)
    private String detail;

    protected SecurityEvent() {
    }

    public SecurityEvent(Instant now, Kind kind, Long actorId, Long subjectId, String subjectEmail, String address,
                         String detail) {
        this.occurredAt = now;
        this.kind = kind;
        this.actorId = actorId;
        this.subjectId = subjectId;
        this.subjectEmail = cut(subjectEmail, Account.EMAIL_MAX);
        this.address = address;
        this.detail = cut(detail, DETAIL_MAX);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public Long getId() { return id; }
    public Instant getOccurredAt() { return occurredAt; }
    public Kind getKind() { return kind; }
    public Long getActorId() { return actorId; }
    public Long getSubjectId() { return subjectId; }
    public String getSubjectEmail() { return subjectEmail; }
    public String getAddress() { return address; }
    public String getDetail() { return detail; }
}
