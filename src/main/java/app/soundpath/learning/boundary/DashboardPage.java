package app.soundpath.learning.boundary;

import app.soundpath.catalog.boundary.CatalogService;
import app.soundpath.catalog.entity.CourseCard;
import app.soundpath.catalog.entity.TrackSummary;
import app.soundpath.learning.entity.Dashboard;
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

    @Inject
    LearningService learning;

    private Dashboard dashboard;

    private List<TrackSummary> tracks;
    private List<CourseCard> foundations;

    public void load() {
        dashboard = learning.dashboard();
        if (dashboard.newcomer()) {
            tracks = catalog.tracks();
            foundations = catalog.foundationCourses();
        }
    }

    public Dashboard getDashboard() { return dashboard; }

    public List<TrackSummary> getTracks() { return tracks; }
    public List<CourseCard> getFoundations() { return foundations; }
}
