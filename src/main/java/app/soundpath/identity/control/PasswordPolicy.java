package app.soundpath.identity.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What a new password must be: long enough, not absurdly long, not one of the 10,000 most common. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** PBKDF2 cost grows with length; 128 characters is far beyond any passphrase. */
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** The message key that explains why the password is refused, or empty when it is fine. */
    public static Optional<String> problem(String password, String email) {
        if (password == null || password.isBlank()) {
            return Optional.of("password.required");
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            return Optional.of("password.common");
        }
        if (email != null && !email.isBlank() && lower.contains(email.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.containsEmail");
        }
        return Optional.empty();
    }

    static int commonCount() {
        return COMMON.size();
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/app/soundpath/identity/common-passwords.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(l -> !l.startsWith("# ") && !l.isBlank())
                    .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
