package app.soundpath.learning.boundary;

import app.soundpath.catalog.boundary.CatalogService;
import app.soundpath.catalog.entity.CourseCard;
import app.soundpath.catalog.entity.TrackSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs {@code learn/index.xhtml}: the signed-in learner's starting point. */
@Named
@RequestScoped
public class DashboardPage {

    @Inject
    CatalogService catalog;

    private List<TrackSummary> tracks;
    private List<CourseCard> foundations;

    public void load() {
        tracks = catalog.tracks();
        foundations = catalog.foundationCourses();
    }

    public List<TrackSummary> getTracks() { return tracks; }
    public List<CourseCard> getFoundations() { return foundations; }
}
