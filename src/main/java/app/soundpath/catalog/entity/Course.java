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
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Set;

/**
 * A course: an ordered set of lessons; it sits in one track, or in both when it is a shared foundation. The read
 * side: every query here returns published courses only (authoring writes drafts through its own entities).
 */
// Not in the shared cache: the authoring feature writes these rows through its own entities, and a cached
// copy here would show learners stale content after a publish.
@Cacheable(false)
@Entity
@Table(name = "course")
@NamedQuery(name = Course.BY_SLUG, query = "SELECT c FROM Course c WHERE c.slug = :slug"
        + " AND c.status = 'PUBLISHED'")
@NamedQuery(name = Course.ALL_WITH_PREREQUISITES, query = "SELECT c FROM Course c LEFT JOIN FETCH c.prerequisites"
        + " WHERE c.status = 'PUBLISHED'")
public class Course {

    public static final String BY_SLUG = "Course.bySlug";
    public static final String ALL_WITH_PREREQUISITES = "Course.allWithPrerequisites";

    @Id
    private Long id;

    @Column(nullable = false, unique = true, length = Slugs.MAX_LENGTH)
    private String slug;

    @Column(nullable = false, length = 120)
    private String title;

    @Column(nullable = false, length = 1000)
    private String summary;

    @Column(nullable = false)
    private boolean foundation;

    // DRAFT, PUBLISHED or ARCHIVED; only read here, to keep learners to published content.
    @Column(nullable = false, length = 10)
    private String status;

    @ManyToMany
    @JoinTable(name = "course_prerequisite",
            joinColumns = @JoinColumn(name = "course_id"),
            inverseJoinColumns = @JoinColumn(name = "required_course_id"))
    private Set<Course> prerequisites = new HashSet<>();

    @Version
    private long version;

    protected Course() {
    }

    public Long getId() { return id; }
    public String getSlug() { return slug; }
    public String getTitle() { return title; }
    public String getSummary() { return summary; }
    public boolean isFoundation() { return foundation; }
    public Set<Course> getPrerequisites() { return Set.copyOf(prerequisites); }
}
