package app.soundpath.catalog.boundary;

import app.soundpath.catalog.entity.LessonDetail;
import app.soundpath.catalog.entity.Ref;
import app.soundpath.platform.MarkdownRenderer;
import app.soundpath.platform.ProblemException;
import jakarta.inject.Inject;
import app.soundpath.learning.boundary.LearningService;
import app.soundpath.learning.entity.CheckResult;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** A lesson, as JSON: its Markdown source and the same sanitised HTML the lesson page shows. */
@Path("lessons")
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

    @Inject
    LearningService learning;

    /** The body of a check attempt: chosen option ids per question id. */
    public record CheckAnswers(Map<String, List<Long>> answers) {
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "One lesson with its text, skills and neighbours")
    @APIResponse(responseCode = "200", description = "The lesson")
    @APIResponse(responseCode = "404", description = "No lesson has that slug")
    public LessonJson one(@PathParam("slug") String slug) {
        return catalog.lesson(slug)
                .map(l -> LessonJson.of(l, markdown.toSafeHtml(l.bodyMarkdown())))
                .orElseThrow(() -> ProblemException.notFound("lesson", slug));
    }

    @POST
    @Path("{slug}/check-attempts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit the caller's answers to a lesson's check; passing completes the lesson")
    @APIResponse(responseCode = "200", description = "Score, pass or fail, and feedback per question")
    @APIResponse(responseCode = "400", description = "Answers that do not belong to the check")
    @APIResponse(responseCode = "409", description = "Not enrolled in the course, or the course is locked")
    public CheckResult checkAttempt(@PathParam("slug") String slug, CheckAnswers body) {
        catalog.lesson(slug).orElseThrow(() -> ProblemException.notFound("lesson", slug));
        return learning.submitCheck(slug, parse(body));
    }

    @POST
    @Path("{slug}/completion")
    @Operation(summary = "Mark a lesson without a check as done (doing it twice changes nothing)")
    public Response completion(@PathParam("slug") String slug) {
        catalog.lesson(slug).orElseThrow(() -> ProblemException.notFound("lesson", slug));
        return Response.status(learning.markDone(slug) ? 201 : 200).build();
    }

    private static Map<Long, Set<Long>> parse(CheckAnswers body) {
        if (body == null || body.answers() == null || body.answers().isEmpty()) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "Send {\"answers\": {questionId: [optionId, …]}}.");
        }
        Map<Long, Set<Long>> answers = new HashMap<>();
        body.answers().forEach((question, options) -> {
            if (!question.matches("\\d{1,18}") || options == null || options.contains(null)) {
                throw new ProblemException(Response.Status.BAD_REQUEST, "Question and option ids are whole numbers.");
            }
            answers.put(Long.valueOf(question), Set.copyOf(options));
        });
        return answers;
    }
}
