package app.soundpath.assessment.boundary;

import app.soundpath.assessment.entity.AttemptSummary;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The signed-in learner's assessment history ("me" only: there is no way to name someone else). */
@Path("learners/me/assessments")
@Produces(MediaType.APPLICATION_JSON)
public class MyAssessmentsResource {

    @Inject
    AssessmentService assessment;

    @GET
    @Operation(summary = "The caller's assessment attempts, newest first")
    public List<AttemptSummary> mine() {
        return assessment.mine();
    }
}
