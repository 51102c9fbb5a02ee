package app.soundpath.catalog.boundary;

import app.soundpath.catalog.entity.CourseDetail;
import app.soundpath.platform.ProblemException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** A course and its lesson outline, as JSON. */
@Path("courses")
@Produces(MediaType.APPLICATION_JSON)
public class CoursesResource {

    @Inject
    CatalogService catalog;

    @GET
    @Path("{slug}")
    @Operation(summary = "One course with its lessons in order, their minutes and skills")
    @APIResponse(responseCode = "200", description = "The course")
    @APIResponse(responseCode = "404", description = "No course has that slug")
    public CourseDetail one(@PathParam("slug") String slug) {
        return catalog.course(slug).orElseThrow(() -> ProblemException.notFound("course", slug));
    }
}
