package app.soundpath.credentials.entity;

import java.time.Instant;
import java.util.List;

/**
 * What a verification found: the status and, when genuine, what the credential says (taken from the signed JWT, so it
 * is exactly what was signed). {@code problem} is a message key saying why it is not valid, null when it is;
 * {@code recipient} is null when the credential names its learner by a hashed e-mail address.
 */
public record Verification(CredentialStatus status, String problem, String credentialId, String recipient,
                           String achievement, String achievementKind, List<String> skills, Instant issuedAt,
                           String keyId, Instant revokedAt, String revokedReason, boolean hidden) {

    public static Verification failed(CredentialStatus status, String problem) {
        return new Verification(status, problem, null, null, null, null, List.of(), null, null, null, null, false);
    }

    /** The same, marked as hidden from the public page by its learner (shown only to them). */
    public Verification hiddenFromPublic() {
        return new Verification(status, problem, credentialId, recipient, achievement, achievementKind, skills, issuedAt,
                keyId, revokedAt, revokedReason, true);
    }

    public boolean valid() {
        return status == CredentialStatus.VALID;
    }
}
