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
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One issued credential: whom it names, what it is for, the VC-JWT exactly as signed, and whether its learner hid it
 * or an admin revoked it. Unique per learner and achievement (the database says so too), so it is issued once.
 */
@Entity
@Table(name = "credential")
@NamedQuery(name = Credential.BY_PUBLIC_ID, query = "SELECT c FROM Credential c WHERE c.publicId = :id")
@NamedQuery(name = Credential.OF_LEARNER, query = "SELECT c FROM Credential c WHERE c.learnerId = :learner"
        + " ORDER BY c.issuedAt DESC, c.id DESC")
@NamedQuery(name = Credential.ONE_FOR, query = "SELECT c FROM Credential c WHERE c.learnerId = :learner"
        + " AND c.achievementKind = :kind AND c.achievementId = :achievement")
@NamedQuery(name = Credential.OF_LEARNERS, query = "SELECT c FROM Credential c WHERE c.learnerId IN :learners"
        + " ORDER BY c.issuedAt DESC, c.id DESC")
@NamedQuery(name = Credential.NEWEST, query = "SELECT c FROM Credential c ORDER BY c.issuedAt DESC, c.id DESC")
public class Credential {

    public static final String BY_PUBLIC_ID = "Credential.byPublicId";
    public static final String OF_LEARNER = "Credential.ofLearner";
    public static final String ONE_FOR = "Credential.oneFor";
    public static final String OF_LEARNERS = "Credential.ofLearners";
    public static final String NEWEST = "Credential.newest";

    /** Longest revocation reason kept (the column and the form agree). */
    public static final int REASON_MAX = 500;

    @Id
    @SequenceGenerator(name = "credential_seq", sequenceName = "credential_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "credential_seq")
    private Long id;

    @Column(name = "public_id", nullable = false, length = 36)
    private String publicId;

    @Column(name = "learner_id", nullable = false)
    private Long learnerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "achievement_kind", nullable = false, length = 10)
    private AchievementKind achievementKind;

    @Column(name = "achievement_id", nullable = false)
    private Long achievementId;

    @Column(name = "achievement_slug", nullable = false, length = 80)
    private String achievementSlug;

    @Column(name = "achievement_title", nullable = false, length = 120)
    private String achievementTitle;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_kind", nullable = false, length = 12)
    private RecipientKind recipientKind;

    @Column(name = "recipient_name", length = 80)
    private String recipientName;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "key_id", nullable = false, length = 64)
    private String keyId;

    @Column(nullable = false, length = 20000)
    private String jwt;

    @Column(nullable = false)
    private boolean hidden;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private Long revokedBy;

    @Column(name = "revoked_reason", length = REASON_MAX)
    private String revokedReason;

    @Version
    private long version;

    protected Credential() {
    }

    public Credential(String publicId, Long learnerId, Achievement achievement, RecipientKind recipientKind,
                      String recipientName, Instant issuedAt, String keyId, String jwt) {
        this.publicId = publicId;
        this.learnerId = learnerId;
        this.achievementKind = achievement.kind();
        this.achievementId = achievement.id();
        this.achievementSlug = achievement.slug();
        this.achievementTitle = achievement.title();
        this.recipientKind = recipientKind;
        this.recipientName = recipientName;
        this.issuedAt = issuedAt;
        this.keyId = keyId;
        this.jwt = jwt;
    }

    /** Withdraws the credential; false (and nothing changes) when it already was. */
    public boolean revoke(Long adminId, String reason, Instant now) {
        if (revokedAt != null) {
            return false;
        }
        this.revokedAt = now;
        this.revokedBy = adminId;
        this.revokedReason = reason;
        return true;
    }

    /** Hides it from (or shows it again on) the public page; false when that is already so. */
    public boolean hide(boolean hide) {
        if (hidden == hide) {
            return false;
        }
        this.hidden = hide;
        return true;
    }

    public Long getId() { return id; }
    public String getPublicId() { return publicId; }
    public Long getLearnerId() { return learnerId; }
    public AchievementKind getAchievementKind() { return achievementKind; }
    public Long getAchievementId() { return achievementId; }
    public String getAchievementSlug() { return achievementSlug; }
    public String getAchievementTitle() { return achievementTitle; }
    public RecipientKind getRecipientKind() { return recipientKind; }
    public String getRecipientName() { return recipientName; }
    public Instant getIssuedAt() { return issuedAt; }
    public String getKeyId() { return keyId; }
    public String getJwt() { return jwt; }
    public boolean isHidden() { return hidden; }
    public Instant getRevokedAt() { return revokedAt; }
    public Long getRevokedBy() { return revokedBy; }
    public String getRevokedReason() { return revokedReason; }
}
