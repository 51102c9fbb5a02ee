package app.soundpath.catalog.boundary;

import app.soundpath.platform.PathPart;
import app.soundpath.catalog.entity.TrackDetail;
import app.soundpath.catalog.entity.TrackSummary;
import app.soundpath.platform.NotFound;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;

/** Backs {@code tracks.xhtml}: {@code /tracks} lists the careers, {@code /tracks/{slug}} shows one. */
@Named
@RequestScoped
public class TracksPage {

    @Inject
    @PathPart
    String slug;

    @Inject
    @PathPart(1)
    String extraPath;

    @Inject
    CatalogService catalog;

    private TrackDetail track;
    private List<TrackSummary> tracks;

    // Loaded before a postback is decoded (the track enrolment form lives inside the track part of the page).
    @PostConstruct
    void init() {
        if (extraPath == null && slug != null) {
            track = catalog.track(slug).orElse(null);
        }
    }

    public void load() throws IOException {
        if (extraPath != null || (slug != null && track == null)) {
            NotFound.send();
            return;
        }
        if (slug == null) {
            tracks = catalog.tracks();
        }
    }

    public TrackDetail getTrack() { return track; }
    public List<TrackSummary> getTracks() { return tracks; }
}
