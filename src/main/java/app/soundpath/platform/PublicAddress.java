package app.soundpath.platform;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address the app is served from, for links in emails: {@code SOUNDPATH_BASE_URL} when set (in production
 * it must be), else {@code http://localhost:<port>}. Never the request's Host header: a client could name any host
 * there, and a reset link pointing at it would hand the token to a stranger (reset-link poisoning).
 */
public final class PublicAddress {

    /** For links made outside any request (the weekly reminders). */
    public static final String DEFAULT = "http://localhost:8080";

    private PublicAddress() {
    }

    public static String of(HttpServletRequest request) {
        return Settings.baseUrl().orElseGet(() -> {
            if (request == null) {
                return DEFAULT;
            }
            return "http://localhost:" + request.getLocalPort() + request.getContextPath();
        });
    }

    /** Outside a request: the configured address or {@link #DEFAULT}. */
    public static String configured() {
        return Settings.baseUrl().orElse(DEFAULT);
    }
}
