package app.soundpath.assessment.boundary;

import app.soundpath.assessment.entity.AttemptResult;
import app.soundpath.assessment.entity.AttemptSummary;
import app.soundpath.assessment.entity.Side;
import app.soundpath.assessment.entity.TrackDecision;
import app.soundpath.platform.ProblemException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The signed-in learner's assessment history and decisions ("me" only: there is no way to name someone else). */
@Path("learners/me/assessments")
@Produces(MediaType.APPLICATION_JSON)
public class MyAssessmentsResource {

    /** track: PRODUCER or ENGINEER; reason (only kept for an override): one of the pick list; reasonText: ≤ 500 characters. */
    public record DecisionRequest(String track, String reason, String reasonText) {
    }

    @Inject
    AssessmentService assessment;

    @GET
    @Operation(summary = "The caller's assessment attempts, newest first, each with the decision that followed it")
    public List<AttemptSummary> mine() {
        return assessment.mine();
    }

    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Follow a suggestion or choose the other track (an override, with an optional reason);"
            + " enrols the caller in the chosen track")
    @APIResponse(responseCode = "201", description = "The decision as stored")
    public Response decide(@PathParam("id") String id, DecisionRequest request) {
        if (id == null || !id.matches("\\d{1,18}")) {
            throw new ProblemException(Response.Status.NOT_FOUND, "No such assessment of yours.");
        }
        if (request == null || !oneOf(request.track(), Side.values())
                || request.reason() != null && !oneOf(request.reason(), TrackDecision.Reason.values())) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "Send {\"track\": \"PRODUCER\" or \"ENGINEER\","
                    + " \"reason\": one of " + Arrays.toString(TrackDecision.Reason.values()) + " (optional), \"reasonText\": optional}.");
        }
        AttemptResult.Decision decision = assessment.decide(Long.valueOf(id), Side.valueOf(request.track()),
                request.reason() == null ? null : TrackDecision.Reason.valueOf(request.reason()), request.reasonText());
        return Response.status(201).entity(decision).build();
    }

    private static boolean oneOf(String value, Enum<?>[] values) {
        return value != null && Arrays.stream(values).anyMatch(v -> v.name().equals(value));
    }
}
