package app.soundpath.reporting.boundary;

import app.soundpath.platform.BusinessException;
import app.soundpath.platform.NotFound;
import app.soundpath.reporting.entity.CourseReport;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import org.omnifaces.cdi.Param;

/** Backs {@code admin/reports/course.xhtml}: {@code /admin/reports/course/{slug}}. */
@Named
@RequestScoped
public class CourseReportPage {

    @Inject
    @Param(pathIndex = 0)
    String slug;

    @Inject
    ReportingService reports;

    private CourseReport report;
    private List<CourseReport.LessonFigures> mostFailed = List.of();

    @PostConstruct
    void init() {
        try {
            report = slug == null ? null : reports.course(slug);
        } catch (BusinessException e) {
            report = null;
        }
        if (report != null) {
            mostFailed = report.lessons().stream().filter(l -> l.failedAttempts() > 0)
                    .sorted(Comparator.comparingLong(CourseReport.LessonFigures::failedAttempts).reversed()).limit(3).toList();
        }
    }

    public void load() throws IOException {
        if (report == null) {
            NotFound.send();
        }
    }

    public CourseReport getReport() { return report; }

    /** Up to three lessons whose checks were failed most often. */
    public List<CourseReport.LessonFigures> getMostFailed() { return mostFailed; }
}
