package app.soundpath.credentials.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A learner's choice of how new credentials name them. No row means by display name. */
@Entity
@Table(name = "credential_holder")
public class CredentialHolder {

    @Id
    @Column(name = "learner_id")
    private Long learnerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_kind", nullable = false, length = 12)
    private RecipientKind recipientKind;

    @Version
    private long version;

    protected CredentialHolder() {
    }

    public CredentialHolder(Long learnerId, RecipientKind recipientKind) {
        this.learnerId = learnerId;
        this.recipientKind = recipientKind;
    }

    public void choose(RecipientKind kind) {
        this.recipientKind = kind;
    }

    public RecipientKind getRecipientKind() { return recipientKind; }
}
