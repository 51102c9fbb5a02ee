package app.soundpath.platform;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A request body that is not JSON of the expected shape is the caller's mistake: 400, not 500. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException e) {
        return Problem.response(Response.Status.BAD_REQUEST,
                "The request body is not JSON of the expected shape. See /openapi for the shapes.");
    }
}
