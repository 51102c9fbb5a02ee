package app.soundpath.learning.boundary;

import app.soundpath.catalog.boundary.CatalogService;
import app.soundpath.learning.entity.CheckAttempt;
import app.soundpath.learning.entity.CheckResult;
import app.soundpath.platform.ProblemException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The caller's study of one lesson: check attempts and "mark as done". Learning's own resource under the lesson's
 * address (catalog's {@code LessonsResource} serves the lesson itself at the same path), so catalog never calls
 * learning: learning reads the catalog, never the other way round.
 */
@Path("lessons/{slug}")
@Produces(MediaType.APPLICATION_JSON)
public class LessonAttemptsResource {

    /** The body of a check attempt: chosen option ids per question id. */
    @Schema(description = "The answers to every question of the lesson's check (the lesson page lists the questions and"
            + " their options)")
    public record CheckAnswers(
            @Schema(description = "Question id (as a string) → the ids of the options chosen: one for a single-choice or"
                    + " true/false question, one or more for a multiple-choice one. An id of another lesson's question or"
                    + " option is refused with 400.", required = true)
            Map<String, List<Long>> answers) {
    }

    @Inject
    CatalogService catalog;

    @Inject
    LearningService learning;

    @POST
    @Path("check-attempts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit the caller's answers to a lesson's check; passing completes the lesson")
    @APIResponse(responseCode = "200", description = "Score, pass or fail, and feedback per question")
    @APIResponse(responseCode = "400", description = "Answers that do not belong to the check")
    @APIResponse(responseCode = "409", description = "Not enrolled in the course, or the course is locked")
    public CheckResult checkAttempt(@PathParam("slug") String slug,
                                    @Parameter(description = "Optional: a key the client makes for this attempt (letters,"
                                            + " digits, '-' and '_', up to 64). Sending the attempt again with the same key"
                                            + " (after a broken connection) answers it again without counting it twice.")
                                    @HeaderParam("Idempotency-Key") String requestKey,
                                    CheckAnswers body) {
        known(slug);
        if (requestKey != null && !requestKey.matches("[A-Za-z0-9_-]{1," + CheckAttempt.REQUEST_KEY_LENGTH + "}")) {
            throw new ProblemException(Response.Status.BAD_REQUEST,
                    "Idempotency-Key: letters, digits, '-' and '_', up to " + CheckAttempt.REQUEST_KEY_LENGTH + ".");
        }
        return learning.submitCheck(slug, parse(body), requestKey);
    }

    @POST
    @Path("completion")
    @Operation(summary = "Mark a lesson without a check as done (doing it twice changes nothing)")
    public Response completion(@PathParam("slug") String slug) {
        known(slug);
        return Response.status(learning.markDone(slug) ? 201 : 200).build();
    }

    private void known(String slug) {
        if (!catalog.lessonExists(slug)) {
            throw ProblemException.notFound("lesson", slug);
        }
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
