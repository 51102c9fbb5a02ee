package app.soundpath.credentials.control;

import app.soundpath.credentials.entity.Achievement;
import app.soundpath.credentials.entity.AchievementKind;
import app.soundpath.credentials.entity.RecipientKind;
import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shape of an Open Badges 3.0 {@code OpenBadgeCredential} (a W3C Verifiable Credential) and of its VC-JWT claims:
 * {@code iss}, {@code jti}, {@code nbf}, {@code iat} and the credential itself in {@code vc}, as the Open Badges 3.0
 * VC-JWT proof format has it. Addresses are built from the site's public address, so they can be followed.
 */
public final class OpenBadge {

    public static final String ISSUER_NAME = "Soundpath";
    public static final List<String> CONTEXT = List.of("https://www.w3.org/2018/credentials/v1",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");

    /** Whom a credential names: a display name in plain text, or an e-mail address only as a salted hash. */
    public record Recipient(RecipientKind kind, String name, String emailHash, String salt) {
    }

    private OpenBadge() {
    }

    public static String credentialUrl(String base, String publicId) {
        return base + "/credentials/" + publicId;
    }

    public static String issuerId(String base) {
        return base + "/api/credentials/issuer";
    }

    /** The issuer profile (Open Badges {@code Profile}), as published at {@link #issuerId}. */
    public static Map<String, Object> issuer(String base) {
        Map<String, Object> issuer = new LinkedHashMap<>();
        issuer.put("id", issuerId(base));
        issuer.put("type", List.of("Profile"));
        issuer.put("name", ISSUER_NAME);
        issuer.put("url", base + "/");
        issuer.put("description", "Soundpath teaches music production and sound engineering in short, skill-based"
                + " courses, and issues a signed credential for every finished course and track.");
        return issuer;
    }

    /** The issuer profile with its context and where its public keys are, for {@code GET /api/credentials/issuer}. */
    public static Map<String, Object> issuerDocument(String base) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@context", CONTEXT);
        doc.putAll(issuer(base));
        doc.put("publicKeys", base + "/api/credentials/keys");
        return doc;
    }

    /** The criteria, in plain words, of finishing a course or a track. */
    public static String criteria(Achievement achievement) {
        return achievement.kind() == AchievementKind.COURSE
                ? "Complete every required lesson of the course \"" + achievement.title() + "\" on Soundpath: pass each"
                + " lesson's check (or mark a lesson without a check as done), or test out of the course with 80 % or more."
                : "Complete every course of the \"" + achievement.title() + "\" track on Soundpath.";
    }

    /** The VC-JWT claims of a credential. */
    public static JWTClaimsSet claims(String base, String publicId, Achievement achievement, Recipient recipient,
                                      Instant issuedAt) {
        Map<String, Object> identifier = new LinkedHashMap<>();
        identifier.put("type", "IdentityObject");
        if (recipient.kind() == RecipientKind.NAME) {
            identifier.put("identityType", "name");
            identifier.put("hashed", false);
            identifier.put("identityHash", recipient.name());
        } else {
            identifier.put("identityType", "emailAddress");
            identifier.put("hashed", true);
            identifier.put("identityHash", recipient.emailHash());
            identifier.put("salt", recipient.salt());
        }
        String page = achievement.kind() == AchievementKind.COURSE ? "/courses/" : "/tracks/";
        Map<String, Object> badge = new LinkedHashMap<>();
        badge.put("id", base + page + achievement.slug());
        badge.put("type", List.of("Achievement"));
        badge.put("achievementType", achievement.kind() == AchievementKind.COURSE ? "Course" : "LearningProgram");
        badge.put("name", achievement.title());
        badge.put("description", achievement.description());
        badge.put("criteria", Map.of("narrative", criteria(achievement)));
        badge.put("tag", List.copyOf(achievement.skills()));
        badge.put("creator", issuer(base));
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("type", List.of("AchievementSubject"));
        subject.put("identifier", List.of(identifier));
        subject.put("achievement", badge);
        Map<String, Object> vc = new LinkedHashMap<>();
        vc.put("@context", CONTEXT);
        vc.put("id", credentialUrl(base, publicId));
        vc.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
        vc.put("issuer", issuer(base));
        vc.put("issuanceDate", issuedAt.toString());
        vc.put("name", achievement.title());
        vc.put("credentialSubject", subject);
        Date issued = Date.from(issuedAt);
        return new JWTClaimsSet.Builder().issuer(issuerId(base)).jwtID(credentialUrl(base, publicId))
                .notBeforeTime(issued).issueTime(issued).claim("vc", vc).build();
    }

    /** What a credential says, read back from its (verified) claims; null parts when a claim is missing. */
    public record Statement(String publicId, String recipient, boolean recipientHashed, String achievement,
                            String achievementType, List<String> skills, Instant issuedAt) {
    }

    @SuppressWarnings("unchecked")
    public static Statement read(JWTClaimsSet claims) {
        Object vcClaim = claims.getClaim("vc");
        if (!(vcClaim instanceof Map<?, ?> vc) || claims.getJWTID() == null) {
            return null;
        }
        String jti = claims.getJWTID();
        String publicId = jti.substring(jti.lastIndexOf('/') + 1);
        Map<String, Object> subject = vc.get("credentialSubject") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        Map<String, Object> badge = subject.get("achievement") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        Map<String, Object> identifier = subject.get("identifier") instanceof List<?> l && !l.isEmpty()
                && l.get(0) instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        boolean hashed = Boolean.TRUE.equals(identifier.get("hashed"));
        List<String> skills = new ArrayList<>();
        if (badge.get("tag") instanceof List<?> tags) {
            tags.forEach(t -> skills.add(String.valueOf(t)));
        }
        Instant issued = claims.getIssueTime() == null ? null : claims.getIssueTime().toInstant();
        return new Statement(publicId, hashed ? null : (String) identifier.get("identityHash"), hashed,
                (String) badge.get("name"), (String) badge.get("achievementType"), skills, issued);
    }
}
