package app.soundpath.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A fact about a career (a responsibility, a workplace, a career path, a sign of fit), in display order. */
@Entity
@Table(name = "track_fact")
@NamedQuery(name = TrackFact.OF_TRACKS, query = "SELECT f FROM TrackFact f WHERE f.trackId IN :trackIds"
        + " ORDER BY f.trackId, f.kind, f.position")
public class TrackFact {

    public static final String OF_TRACKS = "TrackFact.ofTracks";

    @Id
    private Long id;

    @Column(name = "track_id", nullable = false)
    private Long trackId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FactKind kind;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 120)
    private String title;

    @Column(nullable = false, length = 1000)
    private String body;

    protected TrackFact() {
    }

    public Long getTrackId() { return trackId; }
    public FactKind getKind() { return kind; }
    public int getPosition() { return position; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
}
