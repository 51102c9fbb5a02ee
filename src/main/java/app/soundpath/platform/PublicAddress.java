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

    private static volatile String lastLocal;

    public static String of(HttpServletRequest request) {
        return Settings.baseUrl().orElseGet(() -> {
            if (request == null) {
                return configured();
            }
            String local = "http://localhost:" + request.getLocalPort() + request.getContextPath();
            lastLocal = local;
            return local;
        });
    }

    /**
     * Outside a request (the weekly reminders): the configured address, else the local address this server was
     * last reached at, else {@link #DEFAULT}.
     */
    public static String configured() {
        return Settings.baseUrl().orElseGet(() -> lastLocal == null ? DEFAULT : lastLocal);
    }
}
