package app.soundpath.platform;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A service refused the caller's role: 403, never a 500. (web.xml constraints usually stop it earlier.) */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<EJBAccessException> {

    @Override
    public Response toResponse(EJBAccessException e) {
        return Problem.response(Response.Status.FORBIDDEN, "This needs a signed-in account with the right role.");
    }
}
