package app.soundpath.learning.boundary;

import app.soundpath.platform.FlashRead;
import app.soundpath.platform.PathPart;
import app.soundpath.catalog.entity.QuestionView;
import app.soundpath.identity.boundary.CurrentUser;
import app.soundpath.learning.entity.CheckResult;
import app.soundpath.learning.entity.LessonStudy;
import app.soundpath.platform.BusinessException;
import app.soundpath.platform.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The learner's part of {@code lessons.xhtml}: the check (a plain HTML form posted to this page, so each question is
 * an ordinary radio or checkbox group), its feedback after a redirect, and "Mark as done".
 */
@Named
@RequestScoped
public class LessonStudyPage {

    static final String RESULT = "checkResult";

    @Inject
    @PathPart
    String slug;

    @Inject
    CurrentUser currentUser;

    @Inject
    LearningService learning;

    private LessonStudy study;
    private List<Item> items;

    // Not on a postback: both actions work from the slug and redirect, so the study view would be thrown away.
    @PostConstruct
    void init() {
        if (currentUser.isSignedIn() && slug != null && !Faces.isPostback()) {
            try {
                study = learning.study(slug);
            } catch (BusinessException e) {
                study = null;
            }
        }
    }

    public void submitCheck() throws IOException {
        if (!currentUser.isSignedIn()) {
            Faces.redirect(Faces.getRequestContextPath() + "/lessons/" + slug); // a post from a signed-out page
            return;
        }
        try {
            CheckResult result = learning.submitCheck(slug, answers(Faces.getRequest()));
            Faces.getFlash().put(RESULT, result);
            Messages.addFlashGlobalInfo(Texts.of(result.passed() ? "check.passed" : "check.failed",
                    result.score(), result.passMark()));
        } catch (BusinessException e) {
            Messages.addFlashGlobalError(Texts.of(e.key()));
        }
        Faces.redirect(Faces.getRequestContextPath() + "/lessons/" + slug + "#check");
    }

    public void markDone() throws IOException {
        if (!currentUser.isSignedIn()) {
            Faces.redirect(Faces.getRequestContextPath() + "/lessons/" + slug);
            return;
        }
        try {
            learning.markDone(slug);
            Messages.addFlashGlobalInfo(Texts.of("lesson.markedDone"));
        } catch (BusinessException e) {
            Messages.addFlashGlobalError(Texts.of(e.key()));
        }
        Faces.redirect(Faces.getRequestContextPath() + "/lessons/" + slug);
    }

    /** Answers as the form sent them: parameters q{questionId} with option ids as values. Bad ids become -1. */
    static Map<Long, Set<Long>> answers(HttpServletRequest request) {
        Map<Long, Set<Long>> answers = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (name.matches("q\\d{1,18}")) {
                answers.put(Long.valueOf(name.substring(1)), Arrays.stream(values).map(LessonStudyPage::id)
                        .collect(Collectors.toSet()));
            }
        });
        return answers;
    }

    private static Long id(String value) {
        return value != null && value.matches("\\d{1,18}") ? Long.valueOf(value) : -1L;
    }

    public LessonStudy getStudy() { return study; }

    public CheckResult getResult() {
        return (CheckResult) FlashRead.get(RESULT);
    }

    /**
     * A question of the check with the feedback of the last attempt (null before one), and its options as the form's
     * inputs (worked out once here rather than in a dozen expressions per option on every lesson page, issue 14).
     */
    public record Item(int number, QuestionView question, CheckResult.Feedback feedback, List<Choice> choices) {

        /** The questions numbered from 1, each with its feedback from the result (which may be null). */
        static List<Item> of(List<QuestionView> questions, CheckResult result) {
            List<Item> items = new ArrayList<>();
            for (int i = 0; i < questions.size(); i++) {
                QuestionView q = questions.get(i);
                CheckResult.Feedback feedback = result == null ? null : result.feedback().stream()
                        .filter(f -> f.questionId().equals(q.id())).findFirst().orElse(null);
                items.add(new Item(i + 1, q, feedback, Choice.of(q, feedback)));
            }
            return items;
        }
    }

    /**
     * One option as a radio button or checkbox: {@code name} q{question id} and {@code value} the option's id, as
     * {@link #answers} reads them back; {@code inputId} ties the label to it; checked when the last attempt chose it.
     */
    public record Choice(String type, String name, String inputId, String value, String label, boolean checked) {

        static List<Choice> of(QuestionView q, CheckResult.Feedback feedback) {
            String type = q.multiple() ? "checkbox" : "radio";
            String name = "q" + q.id();
            List<Choice> choices = new ArrayList<>(q.options().size());
            for (QuestionView.OptionView o : q.options()) {
                choices.add(new Choice(type, name, name + "-" + o.id(), o.id().toString(), o.label(),
                        feedback != null && feedback.chosen().contains(o.id())));
            }
            return List.copyOf(choices);
        }
    }

    /** The check's questions, each with its feedback from the attempt just made, if any. */
    public List<Item> getItems() {
        if (items == null && study != null) {
            items = Item.of(study.questions(), getResult());
        }
        return items;
    }
}
