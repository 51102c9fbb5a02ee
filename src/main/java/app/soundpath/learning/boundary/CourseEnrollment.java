package app.soundpath.learning.boundary;

import app.soundpath.platform.PathPart;
import app.soundpath.identity.boundary.CurrentUser;
import app.soundpath.learning.entity.CourseStatus;
import app.soundpath.platform.BusinessException;
import app.soundpath.platform.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** The learner's part of {@code courses.xhtml}: status, enrol, leave. Empty for visitors who are not signed in. */
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
