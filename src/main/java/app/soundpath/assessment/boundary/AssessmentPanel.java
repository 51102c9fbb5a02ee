package app.soundpath.assessment.boundary;

import app.soundpath.assessment.entity.AttemptSummary;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs the assessment panel of the learner dashboard: the latest suggestion and the last few attempts. */
@Named
@RequestScoped
public class AssessmentPanel {

    private static final int SHOWN = 5;

    @Inject
    AssessmentService assessment;

    private List<AttemptSummary> history;

    @PostConstruct
    void init() {
        history = assessment.mine(SHOWN);
    }

    /** The newest attempt, or null when the learner has never taken the assessment. */
    public AttemptSummary getLatest() { return history.isEmpty() ? null : history.get(0); }

    public List<AttemptSummary> getHistory() { return history; }

    /** Whether to offer a re-check: the learner's latest assessment is not newer than the given moment. */
    public boolean recheckDue(java.time.Instant since) {
        AttemptSummary latest = getLatest();
        return latest != null && since != null && !latest.takenAt().isAfter(since);
    }
}
