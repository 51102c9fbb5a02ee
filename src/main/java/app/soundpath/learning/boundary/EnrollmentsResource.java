package app.soundpath.learning.boundary;

import app.soundpath.platform.ProblemException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Enrols the caller in a course or in every course of a track. */
@Path("enrollments")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class EnrollmentsResource {

    /** Either a course slug or a track slug. */
    @Schema(name = "EnrollmentRequest")
    public record Request(String course, String track) {
    }

    /** How many enrolments were new (0 when already enrolled: asking twice changes nothing). */
    @Schema(name = "EnrollmentAnswer")
    public record Answer(int newEnrollments) {
    }

    @Inject
    LearningService learning;

    @POST
    @Operation(summary = "Enrol in a course ({\"course\": slug}) or a whole track ({\"track\": slug})")
    @APIResponse(responseCode = "201", description = "Enrolled (200 with newEnrollments 0 when already enrolled)")
    public Response enroll(Request request) {
        if (request == null || (blank(request.course()) == blank(request.track()))) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "Send either {\"course\": slug} or {\"track\": slug}.");
        }
        int created = blank(request.track()) ? (learning.enroll(request.course()) ? 1 : 0) : learning.enrollInTrack(request.track());
        return Response.status(created > 0 ? 201 : 200).entity(new Answer(created)).build();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
