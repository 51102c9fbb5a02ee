package app.soundpath.platform;

import java.io.IOException;
import org.omnifaces.util.Faces;

/** Answers the current page request with a real 404 and the friendly not-found page. */
public final class NotFound {

    private NotFound() {
    }

    public static void send() throws IOException {
        // sendError keeps the status and lets web.xml's error page render; it also completes the response.
        Faces.responseSendError(404, "Not found");
    }
}
