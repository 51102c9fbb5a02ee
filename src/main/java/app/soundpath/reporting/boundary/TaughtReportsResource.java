package app.soundpath.reporting.boundary;

import app.soundpath.platform.ProblemException;
import app.soundpath.reporting.entity.CourseReport;
import app.soundpath.reporting.entity.Funnel;
import app.soundpath.reporting.entity.LearnerDetail;
import app.soundpath.reporting.entity.LearnerPage;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The reports of the courses an instructor teaches (owner or co-instructor), as JSON and CSV: the admin reports'
 * code, scoped by course in {@link ReportingService}. Another instructor's course answers 403, a learner who is in
 * none of the caller's courses 404.
 */
@Path("author/reports")
@Produces(MediaType.APPLICATION_JSON)
public class TaughtReportsResource {

    /** A course the caller teaches. */
    public record TaughtCourse(String slug, String title) {
    }

    @Inject
    ReportingService reports;

    @GET
    @Path("courses")
    @Operation(summary = "The published courses the caller teaches (admins: all), with their report addresses")
    public List<TaughtCourse> courses() {
        return reports.taughtCourses().stream().map(c -> new TaughtCourse(c.slug(), c.title())).toList();
    }

    @GET
    @Path("courses/{slug}")
    @Operation(summary = "A course the caller teaches: its funnel (enrolled → started → each lesson → completed) and per"
            + " lesson reached, done, average best check score and failed checks")
    public CourseReport course(@PathParam("slug") String slug) {
        return reports.taughtCourse(slug);
    }

    @GET
    @Path("courses/{slug}/progress.csv")
    @Produces("text/csv; charset=UTF-8")
    @Operation(summary = "Per learner of a course the caller teaches: enrolment, lessons done, last activity, completion (streamed)")
    public Response courseProgress(@PathParam("slug") String slug) {
        return ReportsCsvResource.courseProgress(slug, reports::taughtCourseProgressBatch);
    }

    @GET
    @Path("courses/{slug}/funnel.csv")
    @Produces("text/csv; charset=UTF-8")
    @Operation(summary = "The funnel of a course the caller teaches, as CSV")
    public Response courseFunnel(@PathParam("slug") String slug) {
        Funnel funnel = reports.taughtCourse(slug).funnel();
        return ReportsCsvResource.csv(slug + "-funnel.csv", out -> ReportsCsvResource.funnel(out, funnel));
    }

    @GET
    @Path("learners")
    @Operation(summary = "The learners of the caller's courses, 50 a page by keyset: name or email prefix (q), one of the"
            + " caller's courses, status in them (NOT_STARTED, IN_PROGRESS, COMPLETED); sort NAME or NEWEST; pass the"
            + " previous page's next as after. Enrolment counts cover the caller's courses only")
    public LearnerPage learners(@QueryParam("q") String q, @QueryParam("course") String course, @QueryParam("status") String status,
                                @QueryParam("sort") String sort, @QueryParam("after") String after) {
        return reports.taughtLearners(ReportsResource.filter(q, null, course, status, sort), after, ReportingService.PAGE_SIZE);
    }

    @GET
    @Path("learners/{id}")
    @Operation(summary = "One learner's progress in the caller's courses, lesson by lesson (not their other courses,"
            + " assessments or learning record); 404 when they are in none of the caller's courses")
    public LearnerDetail learner(@PathParam("id") String id) {
        if (id == null || !id.matches("\\d{1,18}")) {
            throw new ProblemException(Response.Status.NOT_FOUND, "No such learner in your courses.");
        }
        return reports.taughtLearner(Long.valueOf(id))
                .orElseThrow(() -> new ProblemException(Response.Status.NOT_FOUND, "No such learner in your courses."));
    }
}
