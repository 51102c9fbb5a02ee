package app.soundpath.credentials.entity;

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

/** One line of the credentials' audit trail, written in the transaction of the change. Append-only. */
@Entity
@Table(name = "credential_event")
@NamedQuery(name = CredentialEvent.NEWEST, query = "SELECT e FROM CredentialEvent e ORDER BY e.occurredAt DESC, e.id DESC")
@NamedQuery(name = CredentialEvent.OF_CREDENTIAL, query = "SELECT e FROM CredentialEvent e WHERE e.credentialId = :credential"
        + " ORDER BY e.occurredAt DESC, e.id DESC")
public class CredentialEvent {

    public static final String NEWEST = "CredentialEvent.newest";
    public static final String OF_CREDENTIAL = "CredentialEvent.ofCredential";

    /** What happened. */
    public enum Action { ISSUED, REVOKED, HIDDEN, SHOWN, KEY_ADDED }

    @Id
    @SequenceGenerator(name = "credential_seq", sequenceName = "credential_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "credential_seq")
    private Long id;

    @Column(name = "credential_id")
    private Long credentialId;

    @Column(name = "actor_id")
    private Long actorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Action action;

    @Column(length = 500)
    private String detail;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected CredentialEvent() {
    }

    public CredentialEvent(Long credentialId, Long actorId, Action action, String detail, Instant now) {
        this.credentialId = credentialId;
        this.actorId = actorId;
        this.action = action;
        this.detail = detail;
        this.occurredAt = now;
    }

    public Long getId() { return id; }
    public Long getCredentialId() { return credentialId; }
    public Long getActorId() { return actorId; }
    public Action getAction() { return action; }
    public String getDetail() { return detail; }
    public Instant getOccurredAt() { return occurredAt; }
}
