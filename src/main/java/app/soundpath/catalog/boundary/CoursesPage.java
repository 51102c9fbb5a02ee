package app.soundpath.catalog.boundary;

import app.soundpath.platform.PathPart;
import app.soundpath.catalog.entity.CourseDetail;
import app.soundpath.catalog.entity.Outline;
import app.soundpath.catalog.entity.TrackDetail;
import app.soundpath.platform.NotFound;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import java.io.IOException;
import java.util.List;

/** Backs {@code courses.xhtml}: {@code /courses} lists all courses by track, {@code /courses/{slug}} shows one. */
@Named
@RequestScoped
public class CoursesPage {

    @Inject
    @PathPart
    String slug;

    @Inject
    @PathPart(1)
    String extraPath;

    @Inject
    CatalogService catalog;

    /** Lessons listed at once in a course's outline. */
    static final int OUTLINE_PAGE = 25;

    private CourseDetail course;
    private List<TrackDetail> tracks;
    private Outline outline;

    // Loaded before a postback is decoded (the enrolment form lives inside the course part of the page).
    @PostConstruct
    void init() {
        if (extraPath == null && slug != null) {
            course = catalog.course(slug).orElse(null);
        }
    }

    public void load() throws IOException {
        if (extraPath != null || (slug != null && course == null)) {
            NotFound.send();
            return;
        }
        if (slug == null) {
            tracks = catalog.comparison().tracks();
        }
    }

    /**
     * The page of the course's lessons to list: {@code ?lessons=n} when given, else the one holding the learner's
     * next lesson ({@code nextSlug}, empty when there is none), else the first. Worked out once a request.
     */
    public Outline outline(String nextSlug) {
        if (outline == null && course != null) {
            outline = Outline.of(course.lessons(), Faces.getRequestParameter("lessons"), nextSlug, OUTLINE_PAGE);
        }
        return outline;
    }

    public CourseDetail getCourse() { return course; }
    public List<TrackDetail> getTracks() { return tracks; }
}
