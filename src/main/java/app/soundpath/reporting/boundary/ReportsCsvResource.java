package app.soundpath.reporting.boundary;

import app.soundpath.reporting.control.CsvCells;
import app.soundpath.reporting.entity.Funnel;
import app.soundpath.reporting.entity.LearnerFilter;
import app.soundpath.reporting.entity.LearnerPage;
import app.soundpath.reporting.entity.LearnerRow;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * CSV downloads of the reports: UTF-8 with a byte order mark, every text cell defused against formula injection,
 * and the long lists streamed in keyset batches so memory stays flat however many learners there are.
 */
@Path("admin/reports")
@Produces("text/csv; charset=UTF-8")
public class ReportsCsvResource {

    @Inject
    java.time.Clock clock;

    private static final int BATCH = 1000;

    @Inject
    ReportingService reports;

    @GET
    @Path("learners.csv")
    @Operation(summary = "The learner list with the same filters as the page, as CSV (streamed)")
    public Response learners(@QueryParam("q") String q, @QueryParam("track") String track, @QueryParam("course") String course,
                             @QueryParam("status") String status, @QueryParam("sort") String sort) {
        LearnerFilter filter = ReportsResource.filter(q, track, course, status, sort);
        LearnerPage first = reports.learners(filter, null, BATCH); // refused filters fail here, before any byte is sent
        return csv("learners.csv", out -> {
            out.printRecord("id", "name", "email", "joined", "courses enrolled", "courses completed", "last activity");
            LearnerPage page = first;
            while (true) {
                for (LearnerRow row : page.rows()) {
                    out.printRecord(row.id(), CsvCells.text(row.name()), CsvCells.text(row.email()), time(row.joinedAt()),
                            row.enrolled(), row.completed(), time(row.lastActivityAt()));
                }
                out.flush();
                if (page.next() == null) {
                    break;
                }
                page = reports.learners(filter, page.next(), BATCH);
            }
        });
    }

    @GET
    @Path("courses/{slug}/progress.csv")
    @Operation(summary = "Per learner of one course: enrolment, lessons done, last activity, completion (streamed)")
    public Response courseProgress(@PathParam("slug") String slug) {
        return courseProgress(slug, reports::courseProgressBatch);
    }

    /** Where a course's per-learner rows come from, in batches by learner id (admins: any course; instructors: theirs). */
    interface ProgressBatches {
        List<Object[]> after(String slug, long afterLearnerId, int size);
    }

    /** The course's per-learner CSV, streamed in batches; the first batch is read before a byte is sent (403/404 stay answers). */
    static Response courseProgress(String slug, ProgressBatches batches) {
        List<Object[]> first = batches.after(slug, 0, BATCH);
        return csv(slug + "-progress.csv", out -> {
            out.printRecord("learner id", "name", "email", "enrolled", "left", "lessons done", "lessons", "last activity", "completed");
            List<Object[]> batch = first;
            while (!batch.isEmpty()) {
                for (Object[] r : batch) {
                    out.printRecord(r[0], CsvCells.text((String) r[1]), CsvCells.text((String) r[2]), time((Instant) r[3]),
                            time((Instant) r[4]), r[5], r[6], time((Instant) r[7]), time((Instant) r[8]));
                }
                out.flush();
                batch = batch.size() < BATCH ? List.of() : batches.after(slug, (Long) batch.get(batch.size() - 1)[0], BATCH);
            }
        });
    }

    @GET
    @Path("tracks/{slug}/funnel.csv")
    @Operation(summary = "A track's funnel as CSV, with the same parameters as the JSON")
    public Response trackFunnel(@PathParam("slug") String slug, @QueryParam("from") String from, @QueryParam("to") String to,
                                @QueryParam("questionnaire") String questionnaire) {
        ReportsResource.Range range = ReportsResource.Range.of(from, to, clock);
        Funnel funnel = reports.trackFunnel(slug, range.from(), range.to(), ReportsResource.version(questionnaire));
        return csv(slug + "-funnel.csv", out -> funnel(out, funnel));
    }

    @GET
    @Path("courses/{slug}/funnel.csv")
    @Operation(summary = "A course's funnel as CSV: enrolled, started, each lesson reached, completed")
    public Response courseFunnel(@PathParam("slug") String slug) {
        Funnel funnel = reports.course(slug).funnel();
        return csv(slug + "-funnel.csv", out -> funnel(out, funnel));
    }

    static void funnel(CSVPrinter out, Funnel funnel) throws IOException {
        out.printRecord("step", "detail", "learners", "% of previous step", "% of first step");
        for (Funnel.Step step : funnel.steps()) {
            out.printRecord(step.key(), CsvCells.text(step.label()), step.count(), step.ofPrevious(), step.ofFirst());
        }
    }

    interface Rows {
        void write(CSVPrinter out) throws IOException;
    }

    static Response csv(String filename, Rows rows) {
        StreamingOutput body = stream -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            writer.write(CsvCells.BOM);
            try (CSVPrinter out = new CSVPrinter(writer, CSVFormat.RFC4180)) {
                rows.write(out);
            }
        };
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"" + filename.replaceAll("[^a-z0-9.-]", "") + "\"")
                .header("Cache-Control", "no-store").build();
    }

    private static String time(Instant at) {
        return at == null ? "" : at.toString();
    }
}
