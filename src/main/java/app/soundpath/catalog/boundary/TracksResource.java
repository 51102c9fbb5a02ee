package app.soundpath.catalog.boundary;

import app.soundpath.catalog.entity.TrackDetail;
import app.soundpath.catalog.entity.TrackSummary;
import app.soundpath.platform.ProblemException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The two careers, as JSON. */
@Path("tracks")
@Produces(MediaType.APPLICATION_JSON)
public class TracksResource {

    @Inject
    CatalogService catalog;

    @GET
    @Operation(summary = "All tracks in display order, with course and lesson counts")
    public List<TrackSummary> all() {
        return catalog.tracks();
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "One track: its courses, skills, career facts and dated salary figures")
    @APIResponse(responseCode = "200", description = "The track")
    @APIResponse(responseCode = "404", description = "No track has that slug")
    public TrackDetail one(@PathParam("slug") String slug) {
        return catalog.track(slug).orElseThrow(() -> ProblemException.notFound("track", slug));
    }
}
