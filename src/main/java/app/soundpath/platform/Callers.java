package app.soundpath.platform;

import jakarta.ejb.SessionContext;
import java.security.Principal;

/**
 * The caller's account id, taken from the container's security context only: no id in a URL, form or body can
 * stand in for it. One place, so every service reads the caller the same way.
 */
public final class Callers {

    private Callers() {
    }

    /** The signed-in caller's account id, or null for an anonymous visitor. */
    public static Long id(SessionContext session) {
        Principal principal = session.getCallerPrincipal();
        if (principal == null) {
            return null;
        }
        try {
            return Long.valueOf(principal.getName());
        } catch (NumberFormatException e) {
            return null; // the anonymous principal
        }
    }
}
