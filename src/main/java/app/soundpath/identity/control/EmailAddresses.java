package app.soundpath.identity.control;

import java.util.Locale;
import java.util.regex.Pattern;

/** Email addresses as Soundpath keeps them: trimmed, lower-case, plausibly shaped, at most 254 characters. */
public final class EmailAddresses {

    public static final int MAX_LENGTH = 254;
    // Deliberately simple: one @, no spaces or angle brackets, a dot in the domain. Delivery is the real test.
    private static final Pattern SHAPE = Pattern.compile("[^@\\s<>\"(),;:]{1,64}@[^@\\s<>\"(),;:]+\\.[^@\\s<>\"(),;:.]{2,}");

    private EmailAddresses() {
    }

    public static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    public static boolean isValid(String normalised) {
        return normalised != null && normalised.length() <= MAX_LENGTH && SHAPE.matcher(normalised).matches();
    }
}
