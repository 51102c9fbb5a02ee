package app.soundpath.learning.boundary;

import app.soundpath.catalog.boundary.CatalogService;
import app.soundpath.learning.entity.IssuedItem;
import app.soundpath.learning.entity.ListeningOutcome;
import app.soundpath.learning.entity.ListeningStatus;
import app.soundpath.platform.ProblemException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The caller's listening exercises (issue 17): where they stand in a lesson's exercise, the next item, its clips, and
 * answering it. Under {@code /api/learners/me}, so every call needs a session. The answer body is the choice and
 * nothing else: grading works from the issued item's id on the server, so a body that says anything more (a
 * "correct" flag, a score, another item's answer) is refused, and nothing is recorded.
 */
@Path("learners/me/listening")
@Produces(MediaType.APPLICATION_JSON)
public class ListeningResource {

    static final String WAV = "audio/wav";

    @Inject
    CatalogService catalog;

    @Inject
    ListeningService listening;

    @Inject
    LearningService learning;

    @GET
    @Path("lessons/{slug}")
    @Operation(summary = "Where the caller stands in a lesson's listening exercise: its settings, the next rung, accuracy")
    public ListeningStatus status(@PathParam("slug") String slug) {
        known(slug);
        return listening.status(slug);
    }

    @POST
    @Path("lessons/{slug}/items")
    @Operation(summary = "Issue the caller's next listening item of a lesson (their open one, if they have one)")
    public Response issue(@PathParam("slug") String slug) {
        known(slug);
        return Response.status(201).entity(listening.issue(slug)).build();
    }

    @GET
    @Path("items/{id}/clips/{clip}")
    @Produces(WAV)
    @Operation(summary = "One clip (A, B, or X for EQ and fault items) of one of the caller's listening items, as a 16-bit stereo WAV file")
    public Response clip(@PathParam("id") String id, @PathParam("clip") String clip) {
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge(3600); // an item's audio never changes
        return Response.ok(listening.clip(id(id), clip), WAV).cacheControl(cache).build();
    }

    @POST
    @Path("items/{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer one of the caller's listening items (once); the server grades it from the item's id")
    public ListeningOutcome answer(@PathParam("id") String id, Map<String, Object> body) {
        Long itemId = id(id);
        return learning.answerListening(itemId, choice(body), x(body));
    }

    /** The field every answer has: the value of the learner's choice. */
    static String choice(Map<String, Object> body) {
        if (body == null || !ANSWER_FIELDS.contains(body.keySet()) || !(body.get("choice") instanceof String choice)
                || choice.isBlank() || choice.length() > 20) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "Send only {\"choice\": \"<the value of one of the"
                    + " item's choices>\"} (and \"x\": \"A\" or \"B\" for an item with an X clip): the server grades"
                    + " the item from its id, and nothing else is accepted.");
        }
        return choice;
    }

    /** For an item with an X clip: which clip the learner says X is, "A" or "B"; null when the body has no "x". */
    static String x(Map<String, Object> body) {
        if (!body.containsKey("x")) {
            return null;
        }
        if (!(body.get("x") instanceof String x) || !Set.of("A", "B").contains(x)) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "\"x\" says which clip X is: \"A\" or \"B\".");
        }
        return x;
    }

    private static final Set<Set<String>> ANSWER_FIELDS = Set.of(Set.of("choice"), Set.of("choice", "x"));

    private static Long id(String id) {
        if (id == null || !id.matches("\\d{1,18}")) {
            throw new ProblemException(Response.Status.NOT_FOUND, "There is no listening item at this address.");
        }
        return Long.valueOf(id);
    }

    private void known(String slug) {
        if (!catalog.lessonExists(slug)) {
            throw ProblemException.notFound("lesson", slug);
        }
    }
}
