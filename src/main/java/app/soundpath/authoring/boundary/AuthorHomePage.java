package app.soundpath.authoring.boundary;

import app.soundpath.catalog.boundary.CatalogService;
import app.soundpath.catalog.entity.TrackDetail;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs {@code author/index.xhtml}: every track's courses as instructors see them. */
@Named
@RequestScoped
public class AuthorHomePage {

    @Inject
    CatalogService catalog;

    private List<TrackDetail> tracks;

    public void load() {
        tracks = catalog.comparison().tracks();
    }

    public List<TrackDetail> getTracks() { return tracks; }
}
