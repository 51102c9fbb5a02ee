package app.soundpath.platform;

import java.util.Optional;

/**
 * Settings given to the server: a Java system property of the name wins (tests and the run command pass them as
 * {@code -DNAME=value}), then the environment variable. Blank counts as not set.
 */
public final class Settings {

    private Settings() {
    }

    public static Optional<String> value(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /** The address the app is served from, for links in emails: {@code SOUNDPATH_BASE_URL}, without a final "/". */
    public static Optional<String> baseUrl() {
        return value("SOUNDPATH_BASE_URL").map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }
}
