package app.soundpath.authoring.boundary;

import static app.soundpath.authoring.boundary.AuthorCoursesResource.body;
import static app.soundpath.authoring.boundary.AuthorCoursesResource.version;

import app.soundpath.authoring.entity.EditConflictException;
import app.soundpath.authoring.entity.LessonContent;
import app.soundpath.authoring.entity.ListeningSettings;
import app.soundpath.authoring.entity.Views.LessonEdit;
import app.soundpath.platform.ProblemException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Lessons for scripted authoring. Saving a published lesson updates its draft; "publish" makes it live. */
@Path("author/lessons")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AuthorLessonsResource {

    /**
     * A lesson's text, settings, skills (ids), check questions and listening exercise. {@code course} when creating,
     * {@code version} when updating. Left out: passMark 80, required true, no listening exercise.
     */
    public record LessonRequest(Long course, Long version, String title, String slug, String summary, String body,
                                Integer minutes, Integer passMark, Boolean required, List<Long> skills,
                                List<LessonContent.Question> questions, ListeningSettings listening) {
        LessonContent content() {
            return new LessonContent(title, slug, summary, body, minutes == null ? 0 : minutes,
                    passMark == null ? 80 : passMark, required == null || required, skills, questions, listening);
        }
    }

    @Inject
    AuthoringService authoring;

    @Inject
    LessonEditing lessons;

    @POST
    @Operation(summary = "Add a draft lesson at the end of a course")
    @APIResponse(responseCode = "201", description = "Created; body: id and version")
    @APIResponse(responseCode = "400", description = "Bad input; errors by field (check questions as q1.prompt …)")
    public Response create(LessonRequest request) {
        LessonRequest body = body(request);
        if (body.course() == null) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "Send the id of the course as \"course\".");
        }
        Long id = lessons.createLesson(body.course(), body.content());
        return Response.created(URI.create("author/lessons/" + id)).entity(new Conflicts.Saved(id, lessons.lesson(id).version())).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One lesson: the working content (its draft, if any), the live content and the version")
    public LessonEdit one(@PathParam("id") long id) {
        return lessons.lesson(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Save a lesson (a published one: its draft); send the version you based the change on")
    @APIResponse(responseCode = "200", description = "Saved; body: id and new version")
    @APIResponse(responseCode = "409", description = "Someone saved it since: body has currentVersion and current")
    public Response update(@PathParam("id") long id, LessonRequest request) {
        LessonRequest body = body(request);
        try {
            return Response.ok(new Conflicts.Saved(id, lessons.saveLesson(id, version(body.version()), body.content()))).build();
        } catch (EditConflictException e) {
            LessonEdit current = lessons.lesson(id);
            return Conflicts.of(current.version(), current);
        }
    }

    @POST
    @Path("{id}/publish")
    @Operation(summary = "Publish the lesson (its draft replaces the live text)")
    public LessonEdit publish(@PathParam("id") long id) {
        lessons.publishLesson(id);
        return lessons.lesson(id);
    }

    @POST
    @Path("{id}/discard-draft")
    @Operation(summary = "Throw away the draft of a published lesson")
    public LessonEdit discard(@PathParam("id") long id) {
        lessons.discardDraft(id);
        return lessons.lesson(id);
    }

    @POST
    @Path("{id}/archive")
    @Operation(summary = "Archive the lesson: hidden from learners, progress kept")
    public LessonEdit archive(@PathParam("id") long id) {
        lessons.archiveLesson(id);
        return lessons.lesson(id);
    }

    @POST
    @Path("{id}/restore")
    @Operation(summary = "Bring an archived lesson back as a draft")
    public LessonEdit restore(@PathParam("id") long id) {
        lessons.restoreLesson(id);
        return lessons.lesson(id);
    }

    @POST
    @Path("{id}/move")
    @Operation(summary = "Move the lesson one place up or down in its course (?direction=up|down)")
    public Response move(@PathParam("id") long id, @QueryParam("direction") String direction) {
        if (!"up".equals(direction) && !"down".equals(direction)) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "direction must be up or down.");
        }
        lessons.moveLesson(id, "up".equals(direction));
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a lesson nobody studied (archive it otherwise)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "Learners have history in it: archive instead")
    public Response delete(@PathParam("id") long id) {
        lessons.deleteLesson(id);
        return Response.noContent().build();
    }
}
