package app.soundpath.platform;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Turns JAX-RS's own errors (404, 405, 415 …) into problem JSON instead of the server's HTML page. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        // Only our own messages are safe to echo; the framework's may name classes.
        String detail = e instanceof ProblemException ? e.getMessage() : status.getReasonPhrase();
        return Problem.response(status, detail);
    }
}
