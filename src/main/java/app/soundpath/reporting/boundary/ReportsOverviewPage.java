package app.soundpath.reporting.boundary;

import app.soundpath.catalog.boundary.CatalogService;
import app.soundpath.catalog.entity.CourseCard;
import app.soundpath.catalog.entity.TrackSummary;
import app.soundpath.reporting.entity.Overview;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Backs {@code admin/reports/index.xhtml}: the headline figures and the way into every report. */
@Named
@RequestScoped
public class ReportsOverviewPage {

    @Inject
    ReportingService reports;

    @Inject
    CatalogService catalog;

    private Overview overview;
    private List<TrackSummary> tracks;
    private final Map<String, List<CourseCard>> courses = new HashMap<>();

    @PostConstruct
    void init() {
        overview = reports.overview();
        tracks = catalog.tracks();
        tracks.forEach(t -> courses.put(t.slug(), catalog.track(t.slug()).map(d -> d.courses()).orElse(List.of())));
    }

    public Overview getOverview() { return overview; }

    public List<TrackSummary> getTracks() { return tracks; }

    /** The largest enrolment figure, for scaling the bars. */
    public long getMaxEnrollments() {
        return overview.tracks().stream().mapToLong(Overview.TrackFigures::enrollments).max().orElse(0);
    }

    /** Each track's courses by track slug, for the links to the course reports. */
    public Map<String, List<CourseCard>> getCourses() { return courses; }
}
