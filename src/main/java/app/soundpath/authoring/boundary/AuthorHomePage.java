package app.soundpath.authoring.boundary;

import app.soundpath.authoring.entity.InvalidContentException;
import app.soundpath.authoring.entity.Views.CourseRow;
import app.soundpath.authoring.entity.Views.TrackOrder;
import app.soundpath.identity.boundary.CurrentUser;
import app.soundpath.platform.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.JsonbException;
import java.io.IOException;
import java.util.List;
import org.omnifaces.util.Messages;

/** Backs {@code author/index.xhtml}: my courses, importing one, and (admins) the order of courses in each track. */
@Named
@RequestScoped
public class AuthorHomePage {

    @Inject
    AuthoringService authoring;

    @Inject
    CourseTransfer transfer;

    @Inject
    CurrentUser currentUser;

    private List<CourseRow> courses;
    private List<TrackOrder> tracks;
    private String document;
    private String track;
    private Long course;

    // Loaded before a postback is decoded: the reorder buttons sit in rows of these lists.
    @PostConstruct
    void init() {
        courses = authoring.myCourses();
        tracks = currentUser.isAdmin() ? authoring.trackOrders() : List.of();
    }

    public void moveUp() throws IOException {
        authoring.moveCourseInTrack(track, course, true);
        Pages.done("author.moved", "/author/");
    }

    public void moveDown() throws IOException {
        authoring.moveCourseInTrack(track, course, false);
        Pages.done("author.moved", "/author/");
    }

    public void importCourse() throws IOException {
        try {
            Long id = transfer.importCourse(ExchangeFormat.read(document));
            Pages.done("author.imported", "/author/course/" + id);
        } catch (JsonbException | IllegalArgumentException e) {
            Messages.addError("import:document", Texts.of("author.unreadableDocument"));
        } catch (InvalidContentException e) {
            Messages.addError("import:document", Pages.firstProblem(e));
        }
    }

    public List<CourseRow> getCourses() { return courses; }
    public List<TrackOrder> getTracks() { return tracks; }
    public String getDocument() { return document; }
    public void setDocument(String document) { this.document = document; }
    public String getTrack() { return track; }
    public void setTrack(String track) { this.track = track; }
    public Long getCourse() { return course; }
    public void setCourse(Long course) { this.course = course; }
}
