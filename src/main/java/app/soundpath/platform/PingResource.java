package app.soundpath.platform;

import jakarta.inject.Inject;
import java.time.Clock;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import java.time.Instant;

/** A cheap liveness answer for scripts and load balancers that do not speak MicroProfile Health. */
@Path("ping")
@Produces(MediaType.APPLICATION_JSON)
public class PingResource {

    @Inject
    Clock clock;

    /** The answer: always "ok" with the server's time. */
    public record Pong(String status, Instant time) {
    }

    @GET
    @Operation(summary = "Is the app up? Always \"ok\" with the server's time (no database call)")
    public Pong ping() {
        return new Pong("ok", clock.instant());
    }
}
