package app.soundpath.platform;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/** A REST error whose message is written for the caller and may be shown as it is. */
public class ProblemException extends WebApplicationException {

    public ProblemException(Response.Status status, String message) {
        super(message, status);
    }

    /** 404 for a slug; the slug itself is not echoed back (it may be anything a caller typed). */
    public static ProblemException notFound(String what, String slug) {
        return new ProblemException(Response.Status.NOT_FOUND,
                "There is no " + what + " at this address. GET /api/tracks lists what there is.");
    }
}
