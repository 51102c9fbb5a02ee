package app.soundpath.assessment.control;

import app.soundpath.assessment.entity.AttemptSummary;
import app.soundpath.platform.StampedCopies;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** This node's copies of learners' newest assessment attempts (issue 14: the dashboard's panel, read once per change). */
@ApplicationScoped
public class AttemptHistories extends StampedCopies<List<AttemptSummary>> {
}
