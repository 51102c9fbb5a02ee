package app.soundpath.assessment.boundary;

import app.soundpath.assessment.entity.AttemptResult;
import app.soundpath.assessment.entity.QuestionnaireView;
import app.soundpath.platform.BusinessException;
import app.soundpath.platform.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Backs {@code assessment/index.xhtml}: the questionnaire as plain radio groups in one form. Unanswered items get
 * a message beside them and every answer given stays selected.
 */
@Named
@RequestScoped
public class AssessmentPage {

    /** Session attribute: ids of the attempts this browser took while signed out (they are theirs to see). */
    static final String ANONYMOUS_ATTEMPTS = "assessment.anonymousAttempts";

    @Inject
    AssessmentService assessment;

    private QuestionnaireView questionnaire;
    private final Set<Long> unanswered = new HashSet<>();

    @PostConstruct
    void init() {
        questionnaire = assessment.questionnaire();
    }

    public void submit() throws IOException {
        HttpServletRequest request = Faces.getRequest();
        Map<Long, String> answers = new HashMap<>();
        Map<Long, String> tieBreakers = new HashMap<>();
        for (QuestionnaireView.ItemView item : questionnaire.items()) {
            String value = request.getParameter("i" + item.id());
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
            AttemptResult result = assessment.submit(answers, tieBreakers);
            remember(result.id());
            Faces.redirect(Faces.getRequestContextPath() + "/assessment/result/" + result.id());
        } catch (BusinessException e) {
            Messages.addGlobalError(Texts.of(e.key()));
        }
    }

    @SuppressWarnings("unchecked")
    private static void remember(Long attemptId) {
        Set<Long> ids = (Set<Long>) Faces.getSessionAttribute(ANONYMOUS_ATTEMPTS);
        Set<Long> updated = ids == null ? new LinkedHashSet<>() : new LinkedHashSet<>(ids);
        updated.add(attemptId);
        Faces.setSessionAttribute(ANONYMOUS_ATTEMPTS, updated);
    }

    public QuestionnaireView getQuestionnaire() { return questionnaire; }

    public boolean unanswered(Long itemId) {
        return unanswered.contains(itemId);
    }

    /** Whether the given value was chosen for the item in the request being shown again. */
    public boolean chosen(Long itemId, Object value) {
        return String.valueOf(value).equals(Faces.getRequestParameter("i" + itemId));
    }
}
