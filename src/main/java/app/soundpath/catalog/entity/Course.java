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

/**
 * A course: an ordered set of lessons; it sits in one track, or in both when it is a shared foundation. The read
 * side: it maps the view of published courses that authoring, the owner of the table, declares.
 */
// A mapping of a read-only view the authoring feature (the owner of the table) declares in sql/V41. Not in the
// shared cache: authoring writes the rows underneath, and a cached copy would show stale content after a publish.
@Cacheable(false)
@Entity
@Table(name = "published_courses")
@NamedQuery(name = Course.ALL_WITH_PREREQUISITES, query = "SELECT c FROM Course c LEFT JOIN FETCH c.prerequisites")
public class Course {

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

    @ManyToMany
    @JoinTable(name = "published_course_prerequisites",
            joinColumns = @JoinColumn(name = "course_id"),
            inverseJoinColumns = @JoinColumn(name = "required_course_id"))
    private Set<Course> prerequisites = new HashSet<>();


    protected Course() {
    }

    public Long getId() { return id; }
    public String getSlug() { return slug; }
    public String getTitle() { return title; }
    public String getSummary() { return summary; }
    public boolean isFoundation() { return foundation; }
    public Set<Course> getPrerequisites() { return Set.copyOf(prerequisites); }
}
