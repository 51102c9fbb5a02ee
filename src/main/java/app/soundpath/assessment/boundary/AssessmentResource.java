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

/** The track-fit assessment as JSON: the questionnaire, taking it, and the caller's history. */
@Path("assessment")
@Produces(MediaType.APPLICATION_JSON)
public class AssessmentResource {

    /** Answers: item id → "1".."5" or an option id; tie-breakers: item id → option id (optional). */
    public record Submission(Map<String, String> answers, Map<String, String> tieBreakers) {
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
