package app.soundpath.catalog.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A career Soundpath teaches towards: music producer or sound engineer. */
// Not in the shared cache: the authoring feature writes these rows through its own entities, and a cached
// copy here would show learners stale content after a publish.
@Cacheable(false)
@Entity
@Table(name = "track")
@NamedQuery(name = Track.ALL, query = "SELECT t FROM Track t ORDER BY t.position")
public class Track {

    public static final String ALL = "Track.all";

    @Id
    private Long id;

    @Column(nullable = false, unique = true, length = Slugs.MAX_LENGTH)
    private String slug;

    @Column(nullable = false, length = 120)
    private String title;

    @Column(nullable = false, length = 300)
    private String tagline;

    @Column(name = "overview_md", nullable = false, length = 20000)
    private String overviewMarkdown;

    @Column(name = "week_md", nullable = false, length = 20000)
    private String weekMarkdown;

    @Column(nullable = false)
    private int position;

    @Version
    private long version;

    protected Track() {
    }

    public Long getId() { return id; }
    public String getSlug() { return slug; }
    public String getTitle() { return title; }
    public String getTagline() { return tagline; }
    public String getOverviewMarkdown() { return overviewMarkdown; }
    public String getWeekMarkdown() { return weekMarkdown; }
    public int getPosition() { return position; }
}
