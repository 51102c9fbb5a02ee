package app.soundpath.authoring.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A course's place in a track, as authoring writes it (the {@code track_course} rows). */
@Cacheable(false)
@Entity(name = "TrackPlacement")
@Table(name = "track_course")
@IdClass(TrackPlacement.Key.class)
@NamedQuery(name = TrackPlacement.ALL, query = "SELECT p FROM TrackPlacement p ORDER BY p.trackId, p.position, p.courseId")
@NamedQuery(name = TrackPlacement.OF_COURSE, query = "SELECT p FROM TrackPlacement p WHERE p.courseId = :course")
@NamedQuery(name = TrackPlacement.OF_TRACK, query = "SELECT p FROM TrackPlacement p WHERE p.trackId = :track"
        + " ORDER BY p.position, p.courseId")
public class TrackPlacement {

    public static final String ALL = "TrackPlacement.all";
    public static final String OF_COURSE = "TrackPlacement.ofCourse";
    public static final String OF_TRACK = "TrackPlacement.ofTrack";

    /** The composite key: track id and course id. */
    public record Key(Long trackId, Long courseId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "track_id")
    private Long trackId;

    @Id
    @Column(name = "course_id")
    private Long courseId;

    @Column(nullable = false)
    private int position;

    protected TrackPlacement() {
    }

    public TrackPlacement(Long trackId, Long courseId, int position) {
        this.trackId = trackId;
        this.courseId = courseId;
        this.position = position;
    }

    public void placeAt(int position) {
        this.position = position;
    }

    public Long getTrackId() { return trackId; }
    public Long getCourseId() { return courseId; }
    public int getPosition() { return position; }
}
