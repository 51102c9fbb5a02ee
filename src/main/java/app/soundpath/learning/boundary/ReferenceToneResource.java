package app.soundpath.learning.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The listening-level check's quiet reference tone, for anyone: nothing about it is personal. */
@Path("listening/reference-tone")
public class ReferenceToneResource {

    @Inject
    ListeningService listening;

    @GET
    @Produces(ListeningResource.WAV)
    @Operation(summary = "A quiet 1 kHz reference tone (2 s, at the listening clips' level) for setting a safe volume")
    public Response tone() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(86_400);
        return Response.ok(listening.referenceTone(), ListeningResource.WAV).cacheControl(cache).build();
    }
}
