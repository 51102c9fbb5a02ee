package app.soundpath.assessment.boundary;

import app.soundpath.assessment.entity.AttemptResult;
import app.soundpath.assessment.entity.QuestionnaireView;
import app.soundpath.platform.ProblemException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The track-fit assessment as JSON: the questionnaire, taking it, and the caller's history. */
@Path("assessment")
@Produces(MediaType.APPLICATION_JSON)
public class AssessmentResource {

    /** Answers: item id → "1".."5" or an option id; tie-breakers: item id → option id (optional). */
    @Schema(name = "AssessmentSubmission", description = "One answer per item of the current questionnaire"
            + " (GET /api/assessment lists the items, their blocks and option ids); tie-breakers are optional and count"
            + " only when the answers alone are a close call. A missing item, an unknown item or option id or a value"
            + " out of range is refused with 400 and nothing is stored.")
    public record Submission(
            @Schema(description = "Item id (as a string) → the answer: \"1\" to \"5\" for a rating item (blocks A and B:"
                    + " 1 = not at all, 5 = very much), or the id of one of the item's options (blocks C and D)."
                    + " Every item of blocks A–D is required.", required = true,
                    additionalProperties = String.class)
            Map<String, String> answers,
            @Schema(description = "Optional. Tie-breaker item id (block T) → the id of the chosen option; asked only when"
                    + " the answers alone are a close call.",
                    additionalProperties = String.class)
            Map<String, String> tieBreakers) {
    }

    @Inject
    AssessmentService assessment;

    @GET
    @Operation(summary = "The current questionnaire: blocks A (interests), B (self-rating), C (scenarios), D (knowledge), T (tie-breakers)")
    public QuestionnaireView questionnaire() {
        return assessment.questionnaire();
    }

    @POST
    @Path("attempts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Score and store an attempt (anonymous visitors too): suggestion, confidence, sub-scores and reasons")
    @APIResponse(responseCode = "201", description = "Scored and stored")
    public Response attempt(Submission submission) {
        if (submission == null || submission.answers() == null) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "Send {\"answers\": {itemId: value}}.");
        }
        AttemptResult result = assessment.submit(ids(submission.answers()),
                submission.tieBreakers() == null ? Map.of() : ids(submission.tieBreakers()));
        return Response.status(201).entity(result).build();
    }

    private static Map<Long, String> ids(Map<String, String> values) {
        Map<Long, String> byId = new HashMap<>();
        values.forEach((id, value) -> {
            if (id == null || !id.matches("\\d{1,18}") || value == null) {
                throw new ProblemException(Response.Status.BAD_REQUEST, "Item ids are whole numbers and every item needs a value.");
            }
            byId.put(Long.valueOf(id), value);
        });
        return byId;
    }
}
