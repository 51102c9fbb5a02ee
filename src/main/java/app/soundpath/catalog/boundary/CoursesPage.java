package app.soundpath.catalog.boundary;

import app.soundpath.platform.PathPart;
import app.soundpath.catalog.entity.CourseDetail;
import app.soundpath.catalog.entity.TrackDetail;
import app.soundpath.platform.NotFound;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
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

    private CourseDetail course;
    private List<TrackDetail> tracks;

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

    public CourseDetail getCourse() { return course; }
    public List<TrackDetail> getTracks() { return tracks; }
}
