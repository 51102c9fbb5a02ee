package app.soundpath.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A one-time password-reset link an admin issued. Only the token's hash is stored. */
@Entity
@Table(name = "password_reset")
@NamedQuery(name = PasswordReset.BY_TOKEN_HASH, query = "SELECT r FROM PasswordReset r WHERE r.tokenHash = :hash")
public class PasswordReset {

    public static final String BY_TOKEN_HASH = "PasswordReset.byTokenHash";

    @Id
    @SequenceGenerator(name = "identity_seq", sequenceName = "identity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "identity_seq")
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_by", nullable = false)
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected PasswordReset() {
    }

    public PasswordReset(Long accountId, String tokenHash, Long createdBy, Instant now, java.time.Duration validFor) {
        this.accountId = accountId;
        this.tokenHash = tokenHash;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.expiresAt = now.plus(validFor);
    }

    public boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public void use(Instant now) {
        this.usedAt = now;
    }

    public Long getAccountId() { return accountId; }
    public Instant getExpiresAt() { return expiresAt; }
}
