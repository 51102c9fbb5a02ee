package app.soundpath.learning.boundary;

import app.soundpath.platform.FlashRead;
import app.soundpath.platform.PathPart;
import app.soundpath.learning.entity.CheckResult;
import app.soundpath.learning.entity.CourseStatus;
import app.soundpath.platform.BusinessException;
import app.soundpath.platform.NotFound;
import app.soundpath.platform.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** Backs {@code learn/challenge.xhtml}: {@code /learn/challenge/{course}}, testing out of a course. */
@Named
@RequestScoped
public class ChallengePage {

    static final String RESULT = "challengeResult";

    @Inject
    @PathPart
    String slug;

    @Inject
    LearningService learning;

    private CourseStatus course;
    private List<LessonStudyPage.Item> items;

    @PostConstruct
    void init() {
        try {
            course = slug == null ? null : learning.courseStatus(slug);
        } catch (BusinessException e) {
            course = null;
        }
    }

    public void load() throws IOException {
        if (course == null) {
            NotFound.send();
        }
    }

    public void submit() throws IOException {
        try {
            CheckResult result = learning.submitChallenge(slug, LessonStudyPage.answers(Faces.getRequest()));
            Faces.getFlash().put(RESULT, result);
            Messages.addFlashGlobalInfo(Texts.of(result.passed() ? "challenge.passed" : "challenge.failed",
                    result.score(), result.passMark()));
            Faces.redirect(Faces.getRequestContextPath() + (result.passed() ? "/courses/" + slug : "/learn/challenge/" + slug));
        } catch (BusinessException e) {
            Messages.addFlashGlobalError(Texts.of(e.key()));
            Faces.redirect(Faces.getRequestContextPath() + "/learn/challenge/" + slug);
        }
    }

    public CourseStatus getCourse() { return course; }

    public List<LessonStudyPage.Item> getItems() {
        if (items == null && course != null) {
            items = LessonStudyPage.Item.of(learning.challenge(slug), (CheckResult) FlashRead.get(RESULT));
        }
        return items;
    }
}
