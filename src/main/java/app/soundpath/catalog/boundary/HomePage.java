package app.soundpath.catalog.boundary;

import app.soundpath.platform.PathPart;
import app.soundpath.catalog.entity.CourseCard;
import app.soundpath.catalog.entity.TrackSummary;
import app.soundpath.platform.NotFound;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;

/** Backs {@code index.xhtml}: what Soundpath is, the two tracks and where to start. */
@Named
@RequestScoped
public class HomePage {

    // With extensionless URLs the home page also receives every unknown path (/nonsense): those get a 404.
    @Inject
    @PathPart
    String unknownPath;

    @Inject
    CatalogService catalog;

    private List<TrackSummary> tracks;
    private List<CourseCard> foundations;

    public void load() throws IOException {
        if (unknownPath != null) {
            NotFound.send();
            return;
        }
        tracks = catalog.tracks();
        foundations = catalog.foundationCourses();
    }

    public List<TrackSummary> getTracks() { return tracks; }
    public List<CourseCard> getFoundations() { return foundations; }
}
