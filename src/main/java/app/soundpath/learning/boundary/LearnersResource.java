package app.soundpath.learning.boundary;

import app.soundpath.learning.entity.Dashboard;
import app.soundpath.learning.entity.Statement;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The signed-in learner's own progress and learning record. "me" only: there is no way to name someone else. */
@Path("learners/me")
@Produces(MediaType.APPLICATION_JSON)
public class LearnersResource {

    @Inject
    LearningService learning;

    @Inject
    Statements statements;

    @GET
    @Path("progress")
    @Operation(summary = "The caller's courses (done, total, locked, next), tracks, skills mastered and recent activity")
    public Dashboard progress() {
        return learning.dashboard();
    }

    @GET
    @Path("statements")
    @Operation(summary = "The caller's learning record as xAPI-style statements, newest first")
    public List<Statement> statements(@Context UriInfo uri) {
        return statements.of(learning.record(), uri.getBaseUri().resolve("..").toString());
    }
}
