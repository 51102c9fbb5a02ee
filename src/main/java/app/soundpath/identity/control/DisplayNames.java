package app.soundpath.identity.control;

import java.util.Optional;
import java.util.regex.Pattern;

/** A display name: 1 to 80 characters of text; no angle brackets or control characters (it is not markup). */
public final class DisplayNames {

    public static final int MAX_LENGTH = 80;
    private static final Pattern FORBIDDEN = Pattern.compile("[<>\\p{Cntrl}]");

    private DisplayNames() {
    }

    public static String normalise(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ");
    }

    /** The message key for what is wrong with the (normalised) name, or empty. */
    public static Optional<String> problem(String normalised) {
        if (normalised == null || normalised.isEmpty()) {
            return Optional.of("name.required");
        }
        if (normalised.length() > MAX_LENGTH) {
            return Optional.of("name.tooLong");
        }
        if (FORBIDDEN.matcher(normalised).find()) {
            return Optional.of("name.forbiddenCharacters");
        }
        return Optional.empty();
    }
}
