package app.soundpath.assessment.boundary;

import app.soundpath.assessment.entity.AttemptResult;
import app.soundpath.assessment.entity.QuestionnaireView;
import app.soundpath.assessment.entity.TrackFit;
import app.soundpath.platform.BusinessException;
import app.soundpath.platform.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Backs {@code assessment/index.xhtml}: the questionnaire as plain radio groups in one form. Unanswered items get
 * a message beside them and every answer given stays selected. A close call gets a second step with up to three
 * either/or tie-breakers (answers carried along in hidden fields) before anything is stored.
 */
@Named
@RequestScoped
public class AssessmentPage {

    @Inject
    AssessmentService assessment;

    @Inject
    AnonymousAttempts anonymous;

    private QuestionnaireView questionnaire;
    private final Set<Long> unanswered = new HashSet<>();
    private boolean tieBreakerStep;

    @PostConstruct
    void init() {
        questionnaire = assessment.questionnaire();
        // Known before the form is decoded, so the step's own button is in the tree on the postback.
        tieBreakerStep = "T".equals(Faces.getRequestParameter("step"));
    }

    public void submit() throws IOException {
        Map<Long, String> answers = new HashMap<>();
        Map<Long, String> tieBreakers = new HashMap<>();
        for (QuestionnaireView.ItemView item : questionnaire.items()) {
            String value = Faces.getRequestParameter("i" + item.id());
            if (value != null && !value.isBlank()) {
                (item.block().equals("T") ? tieBreakers : answers).put(item.id(), value);
            } else if (!item.block().equals("T")) {
                unanswered.add(item.id());
            }
        }
        if (!unanswered.isEmpty()) {
            Messages.addGlobalError(Texts.of("assessment.unansweredCount", unanswered.size()));
            return;
        }
        try {
            if (!tieBreakerStep && assessment.preview(answers).suggestion() == TrackFit.Suggestion.CLOSE_CALL) {
                tieBreakerStep = true;
                return;
            }
            AttemptResult result = assessment.submit(answers, tieBreakers);
            if (Faces.getRemoteUser() == null) {
                anonymous.remember(result.id());
            }
            Faces.redirect(Faces.getRequestContextPath() + "/assessment/result/" + result.id());
        } catch (BusinessException e) {
            Messages.addGlobalError(Texts.of(e.key()));
        }
    }

    public QuestionnaireView getQuestionnaire() { return questionnaire; }

    /** True when the answers came out as a close call and the tie-breakers are being asked. */
    public boolean isTieBreakerStep() { return tieBreakerStep; }

    public boolean unanswered(Long itemId) {
        return unanswered.contains(itemId);
    }

    /** Whether the given value was chosen for the item in the request being shown again. */
    public boolean chosen(Long itemId, Object value) {
        return String.valueOf(value).equals(Faces.getRequestParameter("i" + itemId));
    }

    /** The answer given for an item in the request being shown again, carried into the tie-breaker step. */
    public String given(Long itemId) {
        return Faces.getRequestParameter("i" + itemId);
    }
}
