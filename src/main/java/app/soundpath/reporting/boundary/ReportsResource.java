package app.soundpath.reporting.boundary;

import java.time.Clock;
import app.soundpath.platform.ProblemException;
import app.soundpath.reporting.entity.AssessmentOutcomes;
import app.soundpath.reporting.entity.CourseReport;
import app.soundpath.reporting.entity.Funnel;
import app.soundpath.reporting.entity.LearnerDetail;
import app.soundpath.reporting.entity.LearnerFilter;
import app.soundpath.reporting.entity.LearnerPage;
import app.soundpath.reporting.entity.Overview;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The admin reports as JSON (admins only, by web.xml and the service's roles); the CSV files are in {@link ReportsCsvResource}. */
@Path("admin/reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportsResource {

    @Inject
    ReportingService reports;

    @Inject
    Clock clock;

    @GET
    @Path("overview")
    @Operation(summary = "Learners, active in the last 7 / 30 days, assessments, and enrolments and completions per track")
    public Overview overview() {
        return reports.overview();
    }

    @GET
    @Path("tracks/{slug}/funnel")
    @Operation(summary = "Assessed → suggested this track → enrolled → started → half done → completed, for learners whose"
            + " latest assessment was between from and to (ISO dates, default: the last 365 days), optionally of one"
            + " questionnaire version; each learner counts once")
    public Funnel trackFunnel(@PathParam("slug") String slug, @QueryParam("from") String from, @QueryParam("to") String to,
                              @QueryParam("questionnaire") String questionnaire) {
        Range range = Range.of(from, to, clock);
        return reports.trackFunnel(slug, range.from(), range.to(), version(questionnaire));
    }

    @GET
    @Path("courses/{slug}")
    @Operation(summary = "A course's funnel (enrolled → started → each lesson → completed), average best check score per lesson and failed checks")
    public CourseReport course(@PathParam("slug") String slug) {
        return reports.course(slug);
    }

    @GET
    @Path("assessments")
    @Operation(summary = "Producer / engineer / close-call split and confidence by questionnaire and scoring version; overrides and reasons")
    public AssessmentOutcomes assessments() {
        return reports.assessmentOutcomes();
    }

    @GET
    @Path("learners")
    @Operation(summary = "Learners, 50 a page by keyset: filter by name or email prefix (q), track, course and status"
            + " (NOT_STARTED, IN_PROGRESS, COMPLETED); sort NAME or NEWEST; pass the previous page's next as after")
    public LearnerPage learners(@QueryParam("q") String q, @QueryParam("track") String track, @QueryParam("course") String course,
                                @QueryParam("status") String status, @QueryParam("sort") String sort, @QueryParam("after") String after) {
        return reports.learners(filter(q, track, course, status, sort), after, ReportingService.PAGE_SIZE);
    }

    @GET
    @Path("learners/{id}")
    @Operation(summary = "One learner: assessments and decisions, enrolments with per-lesson progress, the learning record")
    public LearnerDetail learner(@PathParam("id") String id) {
        if (id == null || !id.matches("\\d{1,18}")) {
            throw new ProblemException(Response.Status.NOT_FOUND, "No such learner.");
        }
        return reports.learner(Long.valueOf(id)).orElseThrow(() -> new ProblemException(Response.Status.NOT_FOUND, "No such learner."));
    }

    static LearnerFilter filter(String q, String track, String course, String status, String sort) {
        if (q != null && q.length() > LearnerFilter.QUERY_MAX) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "Search for at most " + LearnerFilter.QUERY_MAX + " characters.");
        }
        return new LearnerFilter(q, track, course, oneOf(status, LearnerFilter.Status.class), oneOf(sort, LearnerFilter.Sort.class));
    }

    private static <E extends Enum<E>> E oneOf(String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst()
                .orElseThrow(() -> new ProblemException(Response.Status.BAD_REQUEST,
                        "Use one of " + Arrays.toString(type.getEnumConstants()) + "."));
    }

    static Integer version(String questionnaire) {
        if (questionnaire == null || questionnaire.isBlank()) {
            return null;
        }
        if (!questionnaire.matches("\\d{1,6}")) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "The questionnaire version is a whole number.");
        }
        return Integer.valueOf(questionnaire);
    }

    /** A date range from query parameters: ISO dates, from ≤ to, at most ten years; default the last 365 days. */
    record Range(LocalDate from, LocalDate to) {
        static Range of(String from, String to, Clock clock) {
            try {
                LocalDate end = to == null || to.isBlank() ? LocalDate.now(clock) : LocalDate.parse(to);
                LocalDate start = from == null || from.isBlank() ? end.minusDays(365) : LocalDate.parse(from);
                if (start.isAfter(end) || start.isBefore(end.minusYears(10))) {
                    throw new ProblemException(Response.Status.BAD_REQUEST, "Choose a start date on or before the end date,"
                            + " at most ten years apart.");
                }
                return new Range(start, end);
            } catch (DateTimeParseException e) {
                throw new ProblemException(Response.Status.BAD_REQUEST, "Dates look like 2026-11-25.");
            }
        }
    }
}
