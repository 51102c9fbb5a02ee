package app.soundpath.catalog.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;

/** A skill in the shared skill map: one row even when both careers need it (recording and mixing, say). */
// A mapping of a read-only view the authoring feature (the owner of the table) declares in sql/V41. Not in the
// shared cache: authoring writes the rows underneath, and a cached copy would show stale content after a publish.
@Cacheable(false)
@Entity
@Table(name = "published_skills")
@NamedQuery(name = Skill.ALL_WITH_TRACKS, query = "SELECT s FROM Skill s LEFT JOIN FETCH s.tracks ORDER BY s.name")
public class Skill {

    public static final String ALL_WITH_TRACKS = "Skill.allWithTracks";

    @Id
    private Long id;

    @Column(nullable = false, unique = true, length = Slugs.MAX_LENGTH)
    private String slug;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(nullable = false, length = 1000)
    private String description;

    @ManyToMany
    @JoinTable(name = "published_skill_tracks",
            joinColumns = @JoinColumn(name = "skill_id"),
            inverseJoinColumns = @JoinColumn(name = "track_id"))
    private Set<Track> tracks = new HashSet<>();


    protected Skill() {
    }

    public Long getId() { return id; }
    public String getSlug() { return slug; }
    public String getName() { return name; }
    public String getDescription() { return description; }
    public Set<Track> getTracks() { return Set.copyOf(tracks); }
}
