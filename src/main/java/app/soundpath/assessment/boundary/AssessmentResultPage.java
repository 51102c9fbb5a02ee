package app.soundpath.assessment.boundary;

import app.soundpath.assessment.entity.AttemptResult;
import app.soundpath.assessment.entity.Block;
import app.soundpath.assessment.entity.TrackFit;
import app.soundpath.platform.NotFound;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Set;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/** Backs {@code assessment/result.xhtml}: {@code /assessment/result/{id}}, for the person who took it only. */
@Named
@RequestScoped
public class AssessmentResultPage {

    @Inject
    @Param(pathIndex = 0)
    String id;

    @Inject
    AssessmentService assessment;

    private AttemptResult result;

    @SuppressWarnings("unchecked")
    public void load() throws IOException {
        Set<Long> anonymous = (Set<Long>) Faces.getSessionAttribute(AssessmentPage.ANONYMOUS_ATTEMPTS);
        result = id == null || !id.matches("\\d{1,18}") ? null
                : assessment.result(Long.valueOf(id), anonymous == null ? Set.of() : anonymous).orElse(null);
        if (result == null) {
            NotFound.send();
        }
    }

    public AttemptResult getResult() { return result; }

    /** The producer and engineer scores of one block ("A", "B" or "C"). */
    public TrackFit.SubScore sub(String block) {
        return result.fit().subScores().get(Block.valueOf(block));
    }

    /** A 0–1 score as a whole percentage, for the bars. */
    public int percent(double score) {
        return (int) Math.round(score * 100);
    }
}
