package app.soundpath.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A one-time link sent to an address to prove it belongs to the account: at sign-up (the account's own address)
 * or before a new address replaces the old one. Only the token's hash is stored.
 */
@Entity
@Table(name = "address_confirmation")
@NamedQuery(name = AddressConfirmation.BY_TOKEN_HASH,
        query = "SELECT c FROM AddressConfirmation c WHERE c.tokenHash = :hash")
public class AddressConfirmation {

    public static final String BY_TOKEN_HASH = "AddressConfirmation.byTokenHash";
    public static final Duration VALID_FOR = Duration.ofHours(24);

    @Id
    @SequenceGenerator(name = "identity_seq", sequenceName = "identity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "identity_seq")
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected AddressConfirmation() {
    }

    public AddressConfirmation(Long accountId, String email, String tokenHash, Instant now) {
        this.accountId = accountId;
        this.email = email;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = now.plus(VALID_FOR);
    }

    public boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public void use(Instant now) {
        this.usedAt = now;
    }

    public Long getAccountId() { return accountId; }
    public String getEmail() { return email; }
}
