package app.soundpath.learning.boundary;

import app.soundpath.platform.PathPart;
import app.soundpath.identity.boundary.CurrentUser;
import app.soundpath.catalog.entity.Outline;
import app.soundpath.learning.entity.CourseStatus;
import app.soundpath.learning.entity.OutlineRow;
import app.soundpath.platform.BusinessException;
import app.soundpath.platform.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The learner's part of {@code courses.xhtml}: status, enrol, leave (no status for visitors who are not signed in), and
 * the outline's lines with the learner's state of each lesson.
 */
@Named
@RequestScoped
public class CourseEnrollment {

    @Inject
    @PathPart
    String slug;

    @Inject
    CurrentUser currentUser;

    @Inject
    LearningService learning;

    private CourseStatus status;

    public CourseStatus getStatus() {
        if (status == null && currentUser.isSignedIn() && slug != null) {
            try {
                status = learning.courseStatus(slug);
            } catch (BusinessException e) {
                return null;
            }
        }
        return status;
    }

    /** The outline's lines for this page of lessons, each with the learner's state (none for a visitor). */
    public List<OutlineRow> rows(Outline outline) {
        return outline == null ? List.of() : OutlineRow.of(outline.lessons(), getStatus());
    }

    public void enroll() throws IOException {
        learning.enroll(slug);
        done(Texts.of("course.enrolled"));
    }

    public void leave() throws IOException {
        learning.leave(slug);
        done(Texts.of("course.left"));
    }

    private void done(String message) throws IOException {
        Messages.addFlashGlobalInfo(message);
        Faces.redirect(Faces.getRequestContextPath() + "/courses/" + slug);
    }
}
