package app.soundpath.reporting.boundary;

import app.soundpath.reporting.entity.AssessmentOutcomes;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Backs {@code admin/reports/assessments.xhtml}. */
@Named
@RequestScoped
public class AssessmentOutcomesPage {

    @Inject
    ReportingService reports;

    private AssessmentOutcomes outcomes;

    @PostConstruct
    void init() {
        outcomes = reports.assessmentOutcomes();
    }

    public AssessmentOutcomes getOutcomes() { return outcomes; }

    /** A part of the total in whole percent, for the split bars. */
    public int percent(long part) {
        long total = outcomes.total();
        return total == 0 ? 0 : (int) Math.round(part * 100.0 / total);
    }
}
