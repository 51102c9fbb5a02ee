package app.soundpath.platform;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A rule's "no" as a problem with the same sentence the pages show. */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

    @Override
    public Response toResponse(BusinessException e) {
        return Problem.response(Response.Status.fromStatusCode(e.status()), Texts.of(e.key()));
    }
}
