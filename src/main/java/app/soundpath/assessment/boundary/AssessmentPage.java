package app.soundpath.assessment.boundary;

import app.soundpath.assessment.entity.Block;
import app.soundpath.assessment.entity.QuestionnaireView;
import app.soundpath.assessment.entity.Submission;
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
        // A postback reads the questionnaire once, in the service; the page shows the one the service checked against.
        if (!Faces.isPostback()) {
            questionnaire = assessment.questionnaire();
        }
        // Known before the form is decoded, so the step's own button is in the tree on the postback.
        tieBreakerStep = Block.T.name().equals(Faces.getRequestParameter("step"));
    }

    public void submit() throws IOException {
        try {
            Submission submission = assessment.take(given(), tieBreakerStep);
            if (submission.isStored()) {
                if (Faces.getRemoteUser() == null) {
                    anonymous.remember(submission.result().id());
                }
                Faces.redirect(Faces.getRequestContextPath() + "/assessment/result/" + submission.result().id());
                return;
            }
            questionnaire = submission.questionnaire();
            unanswered.addAll(submission.unanswered());
            tieBreakerStep = tieBreakerStep || submission.closeCall();
            if (!unanswered.isEmpty()) {
                Messages.addGlobalError(Texts.of("assessment.unansweredCount", unanswered.size()));
            }
        } catch (BusinessException e) {
            questionnaire = assessment.questionnaire();
            Messages.addGlobalError(Texts.of(e.key()));
        }
    }

    /** Every "i{itemId}" value the form sent. */
    private static Map<Long, String> given() {
        Map<Long, String> given = new HashMap<>();
        Faces.getRequestParameterMap().forEach((name, value) -> {
            if (name.matches("i\\d{1,18}")) {
                given.put(Long.valueOf(name.substring(1)), value);
            }
        });
        return given;
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
