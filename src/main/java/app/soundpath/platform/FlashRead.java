package app.soundpath.platform;

import jakarta.faces.context.FacesContext;

/**
 * Reads a value a redirecting action left in the Faces flash, without asking the flash on requests that bring none:
 * only a request that follows such a redirect carries the flash cookie Mojarra sets for it. (Mojarra's bookkeeping,
 * which it puts into the session whenever the flash is asked, is kept out by {@link FrameworkValuesOutOfSession}.)
 */
public final class FlashRead {

    /** Mojarra's cookie naming the flash of the request after a redirect (com.sun.faces.context.flash.ELFlash). */
    static final String COOKIE = "csfcfc";

    private FlashRead() {
    }

    /** The value under key, or null when there is none or this request carries no flash. */
    public static Object get(String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context == null || !context.getExternalContext().getRequestCookieMap().containsKey(COOKIE)) {
            return null;
        }
        return context.getExternalContext().getFlash().get(key);
    }
}
