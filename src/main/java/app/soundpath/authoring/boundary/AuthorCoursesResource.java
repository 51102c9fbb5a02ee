package app.soundpath.authoring.boundary;

import app.soundpath.authoring.entity.CourseDocument;
import app.soundpath.authoring.entity.EditConflictException;
import app.soundpath.authoring.entity.Views.CourseEdit;
import app.soundpath.authoring.entity.Views.CourseInput;
import app.soundpath.authoring.entity.Views.CourseRow;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Courses for scripted authoring: the same service, rules, ownership checks and audit log as the pages. */
@Path("author/courses")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AuthorCoursesResource {

    /** A course's settings; {@code version} is required when updating (the one the change is based on). */
    public record CourseRequest(Long version, String title, String slug, String summary, List<String> tracks,
                                List<Long> prerequisites) {
        CourseInput input() {
            return new CourseInput(title, slug, summary, tracks, prerequisites);
        }
    }

    @Inject
    AuthoringService authoring;

    @Inject
    CourseTransfer transfer;

    @GET
    @Operation(summary = "The caller's courses (admins: all) with status, lessons, learners and last edit")
    public List<CourseRow> mine() {
        return authoring.myCourses();
    }

    @POST
    @Operation(summary = "Create a draft course owned by the caller (slug made from the title when left out)")
    @APIResponse(responseCode = "201", description = "Created; body: id and version")
    public Response create(CourseRequest request) {
        Long id = authoring.createCourse(body(request).input());
        return Response.created(URI.create("author/courses/" + id)).entity(new Conflicts.Saved(id, authoring.course(id).version())).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One course: settings, version, lessons in order, owners")
    @APIResponse(responseCode = "403", description = "Not an owner, co-owner or admin")
    @APIResponse(responseCode = "404", description = "No such course")
    public CourseEdit one(@PathParam("id") long id) {
        return authoring.course(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Save a course's settings; send the version you based the change on")
    @APIResponse(responseCode = "200", description = "Saved; body: id and new version")
    @APIResponse(responseCode = "409", description = "Someone saved it since: body has currentVersion and current")
    public Response update(@PathParam("id") long id, CourseRequest request) {
        CourseRequest body = body(request);
        try {
            return Response.ok(new Conflicts.Saved(id, authoring.updateCourse(id, version(body.version()), body.input()))).build();
        } catch (EditConflictException e) {
            CourseEdit current = authoring.course(id);
            return Conflicts.of(current.version(), current);
        }
    }

    @POST
    @Path("{id}/publish")
    @Operation(summary = "Publish the course and its draft lessons")
    public CourseEdit publish(@PathParam("id") long id) {
        authoring.publishCourse(id);
        return authoring.course(id);
    }

    @POST
    @Path("{id}/archive")
    @Operation(summary = "Archive the course: hidden from learners, progress kept")
    public CourseEdit archive(@PathParam("id") long id) {
        authoring.archiveCourse(id);
        return authoring.course(id);
    }

    @POST
    @Path("{id}/restore")
    @Operation(summary = "Bring an archived course back as a draft")
    public CourseEdit restore(@PathParam("id") long id) {
        authoring.restoreCourse(id);
        return authoring.course(id);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a course nobody studied (archive it otherwise)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "Learners have history in it: archive instead")
    public Response delete(@PathParam("id") long id) {
        authoring.deleteCourse(id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/export")
    @Operation(summary = "The course as one JSON document (format 1), for version control outside the app")
    @APIResponse(responseCode = "200", description = "The document (as an attachment named after the slug)")
    public Response export(@PathParam("id") long id) {
        CourseDocument document = transfer.exportCourse(id);
        return Response.ok(ExchangeFormat.write(document))
                .header("Content-Disposition", "attachment; filename=\"" + document.slug() + ".json\"").build();
    }

    @POST
    @Path("import")
    @Operation(summary = "Create a new draft course from an exported document; taken slugs get a number")
    @APIResponse(responseCode = "201", description = "Created; body: id and version")
    public Response importCourse(CourseDocument document) {
        Long id = transfer.importCourse(document);
        return Response.created(URI.create("author/courses/" + id)).entity(new Conflicts.Saved(id, authoring.course(id).version())).build();
    }

    static <T> T body(T request) {
        if (request == null) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "Send a JSON body. See /openapi for its shape.");
        }
        return request;
    }

    static long version(Long version) {
        if (version == null) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "Send the version your change is based on.");
        }
        return version;
    }
}
