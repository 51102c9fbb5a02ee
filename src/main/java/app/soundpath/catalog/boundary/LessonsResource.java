package app.soundpath.catalog.boundary;

import app.soundpath.catalog.entity.LessonDetail;
import app.soundpath.catalog.entity.Ref;
import app.soundpath.platform.MarkdownRenderer;
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

/**
 * A lesson, as JSON: its Markdown source and the same sanitised HTML the lesson page shows. The learner's check
 * attempts and completion under the same address are learning's ({@code LessonAttemptsResource}): both classes
 * carry the same {@code lessons/{slug}} path so JAX-RS matches their methods together.
 */
@Path("lessons/{slug}")
@Produces(MediaType.APPLICATION_JSON)
public class LessonsResource {

    /** The JSON shape of a lesson. */
    public record LessonJson(String slug, String title, String summary, int minutes, int position, int lessonCount,
                             Ref course, List<Ref> tracks, List<Ref> skills, Ref previous, Ref next,
                             String bodyMarkdown, String bodyHtml) {

        static LessonJson of(LessonDetail l, String html) {
            return new LessonJson(l.slug(), l.title(), l.summary(), l.minutes(), l.position(), l.lessonCount(),
                    l.course(), l.tracks(), l.skills(), l.previous(), l.next(), l.bodyMarkdown(), html);
        }
    }

    @Inject
    CatalogService catalog;

    @Inject
    MarkdownRenderer markdown;

    @GET
    @Operation(summary = "One lesson with its text, skills and neighbours")
    @APIResponse(responseCode = "200", description = "The lesson")
    @APIResponse(responseCode = "404", description = "No lesson has that slug")
    public LessonJson one(@PathParam("slug") String slug) {
        return catalog.lesson(slug)
                .map(l -> LessonJson.of(l, markdown.toSafeHtml(l.bodyMarkdown())))
                .orElseThrow(() -> ProblemException.notFound("lesson", slug));
    }
}
