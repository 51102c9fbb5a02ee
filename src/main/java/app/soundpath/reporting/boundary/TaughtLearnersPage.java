package app.soundpath.reporting.boundary;

import app.soundpath.catalog.entity.CatalogMap.CourseNode;
import app.soundpath.platform.BusinessException;
import app.soundpath.reporting.entity.LearnerFilter;
import app.soundpath.reporting.entity.LearnerPage;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code author/reports/learners.xhtml}: the learners of the courses the instructor teaches, with the admins'
 * filters (no track: an instructor's view is by course) and keyset pages; a course filter offers their courses only.
 */
@Named
@RequestScoped
public class TaughtLearnersPage {

    @Inject
    ReportingService reports;

    private LearnerFilterForm form;
    private LearnerPage page;
    private final Map<String, String> courses = new LinkedHashMap<>();

    @PostConstruct
    void init() {
        for (CourseNode course : reports.taughtCourses()) {
            courses.put(course.slug(), course.title());
        }
        form = new LearnerFilterForm(List.of(), List.copyOf(courses.keySet()));
        try {
            page = reports.taughtLearners(form.filter(), LearnerFilterForm.after(), ReportingService.PAGE_SIZE);
        } catch (BusinessException e) {
            form.refuse(e.key());
            page = reports.taughtLearners(form.filter(), null, ReportingService.PAGE_SIZE);
        }
    }

    public LearnerFilter getFilter() { return form.filter(); }
    public LearnerPage getPage() { return page; }
    public String getError() { return form.error(); }
    public Map<String, String> getCourses() { return courses; }
    public List<LearnerFilter.Status> getStatuses() { return List.of(LearnerFilter.Status.values()); }
    public boolean isFirstPage() { return LearnerFilterForm.after() == null; }
    public String getQuery() { return form.query(); }
}
