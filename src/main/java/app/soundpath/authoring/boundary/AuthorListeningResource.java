package app.soundpath.authoring.boundary;

import app.soundpath.learning.boundary.ListeningService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The lesson editor's preview of listening exercises (issue 17): an item of any kind and level with a fresh seed, its
 * answer included, and its clips. Nothing is stored; instructors and admins only (under /api/author).
 */
@Path("author/listening-previews")
public class AuthorListeningResource {

    @Inject
    ListeningService listening;

    @GET
    @Path("{kind}/{level}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A preview item of a kind of listening exercise at a level, with its answer (nothing is stored)")
    public ListeningService.Preview preview(@PathParam("kind") String kind, @PathParam("level") String level) {
        return listening.preview(kind, Pages.number(level));
    }

    @GET
    @Path("{kind}/{level}/{seed}/clips/{clip}")
    @Produces("audio/wav")
    @Operation(summary = "One clip (A or B) of a preview item, as a 16-bit stereo WAV file")
    public Response clip(@PathParam("kind") String kind, @PathParam("level") String level,
                         @PathParam("seed") String seed, @PathParam("clip") String clip) {
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge(3600);
        long s = seed != null && seed.matches("\\d{1,16}") ? Long.parseLong(seed) : -1;
        return Response.ok(listening.previewClip(kind, Pages.number(level), s, clip), "audio/wav").cacheControl(cache).build();
    }
}
