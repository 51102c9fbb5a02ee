package app.soundpath.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A course: an ordered set of lessons; it sits in one track, or in both when it is a shared foundation. */
@Entity
@Table(name = "course")
@NamedQuery(name = Course.BY_SLUG, query = "SELECT c FROM Course c WHERE c.slug = :slug")
public class Course {

    public static final String BY_SLUG = "Course.bySlug";

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

    @Version
    private long version;

    protected Course() {
    }

    public Long getId() { return id; }
    public String getSlug() { return slug; }
    public String getTitle() { return title; }
    public String getSummary() { return summary; }
    public boolean isFoundation() { return foundation; }
}
