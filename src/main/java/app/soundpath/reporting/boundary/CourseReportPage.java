package app.soundpath.reporting.boundary;

import app.soundpath.platform.PathPart;
import app.soundpath.platform.BusinessException;
import app.soundpath.platform.NotFound;
import app.soundpath.reporting.entity.CourseReport;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** Backs {@code admin/reports/course.xhtml}: {@code /admin/reports/course/{slug}}. */
@Named
@RequestScoped
public class CourseReportPage {

    @Inject
    @PathPart
    String slug;

    @Inject
    ReportingService reports;

    private CourseReport report;

    @PostConstruct
    void init() {
        try {
            report = slug == null ? null : reports.course(slug);
        } catch (BusinessException e) {
            report = null;
        }
    }

    public void load() throws IOException {
        if (report == null) {
            NotFound.send();
        }
    }

    public CourseReport getReport() { return report; }
}
