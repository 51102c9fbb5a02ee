package app.soundpath.credentials.entity;

import java.time.Instant;

/** A credential as its learner and admins see it in lists: never the JWT itself. */
public record CredentialView(String publicId, AchievementKind kind, String slug, String title, RecipientKind recipientKind,
                             String recipientName, Instant issuedAt, String keyId, boolean hidden, Instant revokedAt,
                             String revokedReason, String learnerEmail) {

    public static CredentialView of(Credential c, String learnerEmail) {
        return new CredentialView(c.getPublicId(), c.getAchievementKind(), c.getAchievementSlug(), c.getAchievementTitle(),
                c.getRecipientKind(), c.getRecipientName(), c.getIssuedAt(), c.getKeyId(), c.isHidden(), c.getRevokedAt(),
                c.getRevokedReason(), learnerEmail);
    }

    public boolean revoked() {
        return revokedAt != null;
    }
}
