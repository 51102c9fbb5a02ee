package app.soundpath.reporting.boundary;

import app.soundpath.platform.PathPart;
import app.soundpath.platform.BusinessException;
import app.soundpath.reporting.entity.CourseReport;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.omnifaces.util.Faces;

/** Backs {@code author/reports/course.xhtml}: {@code /author/reports/course/{slug}}, a course the instructor teaches. */
@Named
@RequestScoped
public class TaughtCoursePage {

    @Inject
    @PathPart
    String slug;

    @Inject
    ReportingService reports;

    private CourseReport report;
    private int refused = 404;

    @PostConstruct
    void init() {
        try {
            report = slug == null ? null : reports.taughtCourse(slug);
        } catch (BusinessException e) {
            refused = e.status();
        }
    }

    /** 404 for no such course, 403 for a course someone else teaches: the friendly error pages, with their status. */
    public void load() throws IOException {
        if (report == null) {
            Faces.responseSendError(refused, "Not yours");
        }
    }

    public CourseReport getReport() { return report; }
}
