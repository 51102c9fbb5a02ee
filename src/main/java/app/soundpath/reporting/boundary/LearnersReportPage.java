package app.soundpath.reporting.boundary;

import app.soundpath.catalog.boundary.CatalogService;
import app.soundpath.catalog.entity.TrackSummary;
import app.soundpath.platform.BusinessException;
import app.soundpath.reporting.entity.LearnerFilter;
import app.soundpath.reporting.entity.LearnerPage;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Backs {@code admin/reports/learners.xhtml}: the learner list as a GET form (bookmarkable), 50 a page by keyset.
 * A filter that cannot be used gets a message and the list without it.
 */
@Named
@RequestScoped
public class LearnersReportPage {

    @Inject
    ReportingService reports;

    @Inject
    CatalogService catalog;

    private LearnerFilterForm form;
    private LearnerPage page;
    private List<TrackSummary> tracks;
    private final Map<String, String> courses = new TreeMap<>();

    @PostConstruct
    void init() {
        tracks = catalog.tracks();
        catalog.map().courses().values().forEach(c -> courses.put(c.slug(), c.title()));
        form = new LearnerFilterForm(tracks.stream().map(TrackSummary::slug).toList(), List.copyOf(courses.keySet()));
        try {
            page = reports.learners(form.filter(), LearnerFilterForm.after(), ReportingService.PAGE_SIZE);
        } catch (BusinessException e) {
            form.refuse(e.key());
            page = reports.learners(form.filter(), null, ReportingService.PAGE_SIZE);
        }
    }

    public LearnerFilter getFilter() { return form.filter(); }
    public LearnerPage getPage() { return page; }
    public String getError() { return form.error(); }
    public List<TrackSummary> getTracks() { return tracks; }
    public Map<String, String> getCourses() { return courses; }
    public List<LearnerFilter.Status> getStatuses() { return List.of(LearnerFilter.Status.values()); }
    public boolean isFirstPage() { return LearnerFilterForm.after() == null; }

    /** The current filters as a query string (for the next-page and CSV links). */
    public String getQuery() { return form.query(); }
}
