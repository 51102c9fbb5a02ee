package app.soundpath.catalog.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Set;

/**
 * One lesson: Markdown teaching text, an estimated time, the skills it teaches, its place in its course. The read
 * side: the queries return published lessons of published courses only.
 */
// Not in the shared cache: the authoring feature writes these rows through its own entities, and a cached
// copy here would show learners stale content after a publish.
@Cacheable(false)
@Entity
@Table(name = "lesson")
@NamedQuery(name = Lesson.BY_SLUG, query = "SELECT l FROM Lesson l JOIN FETCH l.course WHERE l.slug = :slug"
        + " AND l.status = 'PUBLISHED' AND l.course.status = 'PUBLISHED'")
@NamedQuery(name = Lesson.OF_COURSE_WITH_SKILLS, query = "SELECT l FROM Lesson l LEFT JOIN FETCH l.skills"
        + " WHERE l.course = :course AND l.status = 'PUBLISHED' ORDER BY l.position")
@NamedQuery(name = Lesson.TOTALS_BY_COURSE, query = "SELECT l.course.id, COUNT(l), SUM(l.minutes) FROM Lesson l"
        + " WHERE l.status = 'PUBLISHED' GROUP BY l.course.id")
@NamedQuery(name = Lesson.ALL_WITH_SKILLS, query = "SELECT l FROM Lesson l LEFT JOIN FETCH l.skills"
        + " WHERE l.status = 'PUBLISHED' AND l.course.status = 'PUBLISHED' ORDER BY l.course.id, l.position")
public class Lesson {

    public static final String BY_SLUG = "Lesson.bySlug";
    public static final String OF_COURSE_WITH_SKILLS = "Lesson.ofCourseWithSkills";
    public static final String TOTALS_BY_COURSE = "Lesson.totalsByCourse";
    public static final String ALL_WITH_SKILLS = "Lesson.allWithSkills";
    public static final int BODY_MAX_LENGTH = 200_000;

    @Id
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    private Course course;

    @Column(nullable = false, unique = true, length = Slugs.MAX_LENGTH)
    private String slug;

    @Column(nullable = false, length = 120)
    private String title;

    @Column(nullable = false, length = 500)
    private String summary;

    @Column(name = "body_md", nullable = false, length = BODY_MAX_LENGTH)
    private String bodyMarkdown;

    @Column(nullable = false)
    private int minutes;

    @Column(nullable = false)
    private int position;

    @Column(name = "pass_mark", nullable = false)
    private int passMark = 80;

    /** Optional lessons can be studied but do not count towards completing the course. */
    @Column(nullable = false)
    private boolean required = true;

    // DRAFT, PUBLISHED or ARCHIVED; only read here, to keep learners to published content.
    @Column(nullable = false, length = 10)
    private String status;

    @ManyToMany
    @JoinTable(name = "lesson_skill",
            joinColumns = @JoinColumn(name = "lesson_id"),
            inverseJoinColumns = @JoinColumn(name = "skill_id"))
    private Set<Skill> skills = new HashSet<>();

    @Version
    private long version;

    protected Lesson() {
    }

    public Long getId() { return id; }
    public Course getCourse() { return course; }
    public String getSlug() { return slug; }
    public String getTitle() { return title; }
    public String getSummary() { return summary; }
    public String getBodyMarkdown() { return bodyMarkdown; }
    public int getMinutes() { return minutes; }
    public int getPosition() { return position; }
    public int getPassMark() { return passMark; }
    public boolean isRequired() { return required; }
    public Set<Skill> getSkills() { return Set.copyOf(skills); }
}
