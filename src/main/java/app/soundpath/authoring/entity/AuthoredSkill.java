package app.soundpath.authoring.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** A skill of the shared skill map as instructors edit it. Skills are labels: an edit is live when saved. */
@Cacheable(false)
@Entity(name = "AuthoredSkill")
@Table(name = "skill")
@NamedQuery(name = AuthoredSkill.ALL, query = "SELECT s FROM AuthoredSkill s ORDER BY s.name")
@NamedQuery(name = AuthoredSkill.SLUG_TAKEN, query = "SELECT COUNT(s) FROM AuthoredSkill s WHERE s.slug = :slug AND s.id <> :id")
public class AuthoredSkill {

    public static final String ALL = "AuthoredSkill.all";
    public static final String SLUG_TAKEN = "AuthoredSkill.slugTaken";

    @Id
    @SequenceGenerator(name = "authoring_seq", sequenceName = "authoring_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "authoring_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = Limits.SLUG)
    private String slug;

    @Column(nullable = false, length = Limits.TITLE)
    private String name;

    @Column(nullable = false, length = Limits.SKILL_DESCRIPTION)
    private String description;

    @ElementCollection
    @CollectionTable(name = "skill_track", joinColumns = @JoinColumn(name = "skill_id"))
    @Column(name = "track_id")
    private Set<Long> trackIds = new HashSet<>();

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected AuthoredSkill() {
    }

    public AuthoredSkill(String slug, String name, String description, Set<Long> trackIds, Instant now) {
        edit(slug, name, description, trackIds, now);
    }

    public final void edit(String slug, String name, String description, Set<Long> trackIds, Instant now) {
        this.slug = slug;
        this.name = name;
        this.description = description;
        this.trackIds.clear();
        this.trackIds.addAll(trackIds);
        this.updatedAt = now;
    }

    public Long getId() { return id; }
    public String getSlug() { return slug; }
    public String getName() { return name; }
    public String getDescription() { return description; }
    public Set<Long> getTrackIds() { return Set.copyOf(trackIds); }
    public long getVersion() { return version; }
}
