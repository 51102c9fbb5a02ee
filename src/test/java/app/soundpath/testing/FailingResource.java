package app.soundpath.testing;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Test-only: a REST call that fails, like a bug would. */
@Path("test-fail")
@Produces(MediaType.APPLICATION_JSON)
public class FailingResource {

    @GET
    public String fail() {
        throw new IllegalStateException("Deliberate failure: secret-internal-detail");
    }
}
