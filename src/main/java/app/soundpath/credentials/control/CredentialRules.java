package app.soundpath.credentials.control;

import app.soundpath.credentials.entity.CredentialInputException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** The rules of what people type on the credentials pages and API: revocation reasons, pasted JWTs, public ids. */
public final class CredentialRules {

    /** Longest JWT the verify page accepts (ours are about 2 KB; far longer is not one of ours). */
    public static final int JWT_MAX = 20_000;
    public static final int REASON_MAX = 500;

    private static final Pattern JWT = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
    private static final Pattern PUBLIC_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private CredentialRules() {
    }

    /** A revocation reason, trimmed; refused when empty or longer than {@value #REASON_MAX} characters. */
    public static String reason(String raw) {
        String reason = raw == null ? "" : raw.strip();
        if (reason.isEmpty()) {
            throw new CredentialInputException("credentials.reasonRequired");
        }
        if (reason.codePointCount(0, reason.length()) > REASON_MAX) {
            throw new CredentialInputException("credentials.reasonTooLong");
        }
        return reason;
    }

    /** A pasted compact JWT, with white space (line breaks from e-mail) removed; refused when it cannot be one. */
    public static String jwt(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new CredentialInputException("verify.empty");
        }
        if (raw.length() > JWT_MAX) {
            throw new CredentialInputException("verify.tooLong");
        }
        String jwt = raw.replaceAll("\\s+", "");
        if (!JWT.matcher(jwt).matches()) {
            throw new CredentialInputException("verify.malformed");
        }
        return jwt;
    }

    /** Whether text is shaped like a credential's public id (a lower-case UUID), so nothing else reaches a query. */
    public static boolean isPublicId(String text) {
        return text != null && PUBLIC_ID.matcher(text).matches();
    }

    /** The Open Badges identity hash of an e-mail address: {@code sha256$} and the hex SHA-256 of address + salt. */
    public static String emailHash(String email, String salt) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((email.strip().toLowerCase(java.util.Locale.ROOT) + salt).getBytes(StandardCharsets.UTF_8));
            return "sha256$" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
