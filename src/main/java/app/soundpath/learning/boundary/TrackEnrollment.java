package app.soundpath.learning.boundary;

import app.soundpath.platform.PathPart;
import app.soundpath.platform.BusinessException;
import app.soundpath.platform.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** The "Enrol in this track" button of {@code tracks.xhtml}: enrols in every course of the track, in order. */
@Named
@RequestScoped
public class TrackEnrollment {

    @Inject
    @PathPart
    String slug;

    @Inject
    LearningService learning;

    public void enroll() throws IOException {
        try {
            int created = learning.enrollInTrack(slug);
            Messages.addFlashGlobalInfo(Texts.of("track.enrolled", created));
            Faces.redirect(Faces.getRequestContextPath() + "/learn/");
        } catch (BusinessException e) {
            Messages.addFlashGlobalError(Texts.of(e.key()));
            Faces.redirect(Faces.getRequestContextPath() + "/tracks/" + slug);
        }
    }
}
