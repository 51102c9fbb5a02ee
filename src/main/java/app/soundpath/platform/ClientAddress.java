package app.soundpath.platform;

import jakarta.servlet.http.HttpServletRequest;

/** The client's network address as the server saw it (the proxy's, behind one: see README). */
public final class ClientAddress {

    private static final int MAX_LENGTH = 64;

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        String address = request == null ? null : request.getRemoteAddr();
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        return address.length() > MAX_LENGTH ? address.substring(0, MAX_LENGTH) : address;
    }
}
