package app.soundpath.assessment.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Admins re-score old attempts after a new scoring version ships; old results stay as they were. */
@Path("admin/assessments/rescorings")
@Produces(MediaType.APPLICATION_JSON)
public class AssessmentRescoringsResource {

    @Inject
    AssessmentService assessment;

    @POST
    @Operation(summary = "Re-score every attempt not yet scored under the current scoring version, each into a new"
            + " result linked to the old one (admins only)")
    public JsonObject rescore() {
        return Json.createObjectBuilder().add("rescored", assessment.rescoreAll())
                .add("scoringVersion", AssessmentService.CURRENT.id()).build();
    }
}
