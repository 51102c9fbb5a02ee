package app.soundpath.reporting.control;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The cursor of keyset pagination: the sort key and id of the last row shown, as an opaque URL-safe token. A
 * cursor that does not decode is refused rather than guessed at.
 */
public final class Keyset {

    private static final int MAX_TOKEN = 400;

    private Keyset() {
    }

    /** Where the previous page ended: its last row's sort key and id. */
    public record Position(String key, long id) {
    }

    public static String encode(Position position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((position.id() + ":" + position.key()).getBytes(StandardCharsets.UTF_8));
    }

    public static Optional<Position> decode(String token) {
        if (token == null || token.length() > MAX_TOKEN || !token.matches("[A-Za-z0-9_-]+")) {
            return Optional.empty();
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int colon = text.indexOf(':');
            if (colon < 1) {
                return Optional.empty();
            }
            return Optional.of(new Position(text.substring(colon + 1), Long.parseLong(text.substring(0, colon))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
