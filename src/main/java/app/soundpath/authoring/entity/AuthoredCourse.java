package app.soundpath.authoring.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * A course as instructors edit it: the write side of the {@code course} table (the catalog reads the same rows,
 * published ones only). Course settings are live when saved; lesson text goes through draft revisions.
 */
// Not in the shared cache: an editor must always see the latest version (optimistic locking), also when several
// nodes serve the app (issue 15). Editing is rare; learners read published content through the catalog.
@Cacheable(false)
@Entity(name = "AuthoredCourse")
@Table(name = "course")
@NamedQuery(name = AuthoredCourse.ALL, query = "SELECT c FROM AuthoredCourse c ORDER BY c.title")
@NamedQuery(name = AuthoredCourse.OWNED_BY, query = "SELECT c FROM AuthoredCourse c WHERE c.id IN"
        + " (SELECT o.courseId FROM CourseOwner o WHERE o.accountId = :account) ORDER BY c.title")
@NamedQuery(name = AuthoredCourse.SLUG_TAKEN, query = "SELECT COUNT(c) FROM AuthoredCourse c WHERE c.slug = :slug AND c.id <> :id")
@NamedQuery(name = AuthoredCourse.PREREQUISITE_PAIRS, query = "SELECT c.id, p.id FROM AuthoredCourse c JOIN c.prerequisites p")
@NamedQuery(name = AuthoredCourse.SLUGS_LIKE, query = "SELECT c.slug FROM AuthoredCourse c WHERE c.slug LIKE :prefix")
public class AuthoredCourse {

    public static final String ALL = "AuthoredCourse.all";
    public static final String OWNED_BY = "AuthoredCourse.ownedBy";
    public static final String SLUG_TAKEN = "AuthoredCourse.slugTaken";
    public static final String SLUGS_LIKE = "AuthoredCourse.slugsLike";
    public static final String PREREQUISITE_PAIRS = "AuthoredCourse.prerequisitePairs";

    @Id
    @SequenceGenerator(name = "authoring_seq", sequenceName = "authoring_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "authoring_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = Limits.SLUG)
    private String slug;

    @Column(nullable = false, length = Limits.TITLE)
    private String title;

    @Column(nullable = false, length = Limits.COURSE_SUMMARY)
    private String summary;

    @Column(nullable = false)
    private boolean foundation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ContentStatus status = ContentStatus.DRAFT;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @ManyToMany
    @JoinTable(name = "course_prerequisite",
            joinColumns = @JoinColumn(name = "course_id"),
            inverseJoinColumns = @JoinColumn(name = "required_course_id"))
    private Set<AuthoredCourse> prerequisites = new HashSet<>();

    @Version
    private long version;

    protected AuthoredCourse() {
    }

    public AuthoredCourse(String slug, String title, String summary, Instant now) {
        this.slug = slug;
        this.title = title;
        this.summary = summary;
        this.updatedAt = now;
    }

    /**
     * A course of the content kept in the repository (src/main/content/), imported into a fresh database at start-up: published
     * at once, with its foundation flag, and never edited in the app (no edit time), as the seed always was.
     */
    public static AuthoredCourse seeded(String slug, String title, String summary, boolean foundation,
                                        Set<AuthoredCourse> prerequisites) {
        AuthoredCourse course = new AuthoredCourse(slug, title, summary, null);
        course.foundation = foundation;
        course.status = ContentStatus.PUBLISHED;
        course.prerequisites.addAll(prerequisites);
        return course;
    }

    public void edit(String slug, String title, String summary, Set<AuthoredCourse> prerequisites, Instant now) {
        this.slug = slug;
        this.title = title;
        this.summary = summary;
        this.prerequisites.clear();
        this.prerequisites.addAll(prerequisites);
        this.updatedAt = now;
    }

    /** Moves to another status; false when it already was there. */
    public boolean moveTo(ContentStatus next, Instant now) {
        if (status == next) {
            return false;
        }
        status = next;
        updatedAt = now;
        return true;
    }

    /** Marks a change to the course's parts (its lessons, their order, its owners) as an edit of the course. */
    public void touched(Instant now) {
        updatedAt = now;
    }

    public Long getId() { return id; }
    public String getSlug() { return slug; }
    public String getTitle() { return title; }
    public String getSummary() { return summary; }
    public boolean isFoundation() { return foundation; }
    public ContentStatus getStatus() { return status; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Set<AuthoredCourse> getPrerequisites() { return Set.copyOf(prerequisites); }
    public long getVersion() { return version; }
}
