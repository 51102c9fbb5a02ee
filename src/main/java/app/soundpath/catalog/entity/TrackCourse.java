package app.soundpath.catalog.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A course's place in a track. An entity of its own because the position belongs to the pair. */
// A mapping of a read-only view the authoring feature (the owner of the table) declares in sql/V41. Not in the
// shared cache: authoring writes the rows underneath, and a cached copy would show stale content after a publish.
@Cacheable(false)
@Entity
@Table(name = "published_track_courses")
@IdClass(TrackCourse.Key.class)
@NamedQuery(name = TrackCourse.ALL, query = "SELECT tc FROM TrackCourse tc JOIN FETCH tc.course JOIN FETCH tc.track"
        + " ORDER BY tc.track.position, tc.position")
public class TrackCourse {

    public static final String ALL = "TrackCourse.all";

    /** The composite key: track id and course id. */
    public record Key(Long track, Long course) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "track_id")
    private Track track;

    @Id
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    private Course course;

    @Column(nullable = false)
    private int position;

    protected TrackCourse() {
    }

    public Track getTrack() { return track; }
    public Course getCourse() { return course; }
    public int getPosition() { return position; }
}
