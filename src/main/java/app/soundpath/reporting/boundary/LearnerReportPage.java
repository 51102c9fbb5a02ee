package app.soundpath.reporting.boundary;

import app.soundpath.platform.PathPart;
import app.soundpath.platform.NotFound;
import app.soundpath.reporting.entity.LearnerDetail;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** Backs {@code admin/reports/learner.xhtml}: {@code /admin/reports/learner/{id}}. */
@Named
@RequestScoped
public class LearnerReportPage {

    @Inject
    @PathPart
    String id;

    @Inject
    ReportingService reports;

    private LearnerDetail learner;

    @PostConstruct
    void init() {
        learner = id == null || !id.matches("\\d{1,18}") ? null : reports.learner(Long.valueOf(id)).orElse(null);
    }

    public void load() throws IOException {
        if (learner == null) {
            NotFound.send();
        }
    }

    public LearnerDetail getLearner() { return learner; }
}
