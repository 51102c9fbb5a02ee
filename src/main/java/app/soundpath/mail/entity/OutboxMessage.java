package app.soundpath.mail.entity;

import jakarta.persistence.Cacheable;
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
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One email in the outbox: written with the change that caused it, delivered afterwards by the sender. Never in
 * the shared entity cache: senders on several nodes take and mark rows, and each must see the row as it is.
 */
@Entity
@Cacheable(false)
@Table(name = "outbox")
@NamedQuery(name = OutboxMessage.PAGE, query = "SELECT m FROM OutboxMessage m WHERE m.id < :before ORDER BY m.id DESC")
@NamedQuery(name = OutboxMessage.PAGE_IN_STATE, query = "SELECT m FROM OutboxMessage m WHERE m.id < :before"
        + " AND m.state = :state ORDER BY m.id DESC")
@NamedQuery(name = OutboxMessage.COUNT_BY_STATE, query = "SELECT m.state, COUNT(m) FROM OutboxMessage m GROUP BY m.state")
public class OutboxMessage {

    public static final String PAGE = "OutboxMessage.page";
    public static final String PAGE_IN_STATE = "OutboxMessage.pageInState";
    public static final String COUNT_BY_STATE = "OutboxMessage.countByState";

    public enum State { PENDING, SENDING, SENT, FAILED }

    @Id
    @SequenceGenerator(name = "mail_seq", sequenceName = "mail_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_seq")
    private Long id;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false, length = 30)
    private String kind;

    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(name = "text_body", nullable = false, length = 20000)
    private String textBody;

    @Column(name = "html_body", nullable = false, length = 40000)
    private String htmlBody;

    @Column(name = "unsubscribe_url", length = 500)
    private String unsubscribeUrl;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private State state;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Version
    private long version;

    protected OutboxMessage() {
    }

    public OutboxMessage(Instant now, String kind, String recipient, String subject, String textBody, String htmlBody,
                         String unsubscribeUrl) {
        this.createdAt = now;
        this.kind = kind;
        this.recipient = recipient;
        this.subject = subject;
        this.textBody = textBody;
        this.htmlBody = htmlBody;
        this.unsubscribeUrl = unsubscribeUrl;
        this.state = State.PENDING;
        this.nextAttemptAt = now;
    }

    /** An admin asks for a failed message to be tried again now. */
    public void retry(Instant now) {
        this.state = State.PENDING;
        this.nextAttemptAt = now;
        this.attempts = 0;
    }

    public Long getId() { return id; }
    public Instant getCreatedAt() { return createdAt; }
    public String getKind() { return kind; }
    public String getRecipient() { return recipient; }
    public String getSubject() { return subject; }
    public String getTextBody() { return textBody; }
    public String getHtmlBody() { return htmlBody; }
    public String getUnsubscribeUrl() { return unsubscribeUrl; }
    public State getState() { return state; }
    public int getAttempts() { return attempts; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public Instant getSentAt() { return sentAt; }
    public Instant getClaimedAt() { return claimedAt; }
    public String getLastError() { return lastError; }
}
