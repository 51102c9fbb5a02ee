package app.soundpath.platform;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Any other failure: logged in full with a reference, answered with that reference and no internals. The database
 * being out of reach is no bug: 503 with Retry-After ({@link DatabaseOutage}).
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        if (DatabaseOutage.isCause(e)) {
            LOG.warning(() -> "Database out of reach, REST call answered 503: " + e);
            return Response.fromResponse(Problem.response(Response.Status.SERVICE_UNAVAILABLE, Texts.of("error503.api")))
                    .header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS).build();
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error in REST call, reference " + reference, e);
        return Problem.response(Response.Status.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side. It has been logged with reference " + reference + ".");
    }
}
