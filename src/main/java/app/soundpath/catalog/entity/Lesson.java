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
import java.util.HashSet;
import java.util.Set;

/**
 * One lesson: Markdown teaching text, an estimated time, the skills it teaches, its place in its course. The read
 * side: it maps the view of published lessons of published courses that authoring declares.
 */
// A mapping of a read-only view the authoring feature (the owner of the table) declares in sql/V41. Not in the
// shared cache: authoring writes the rows underneath, and a cached copy would show stale content after a publish.
@Cacheable(false)
@Entity
@Table(name = "published_lessons")
@NamedQuery(name = Lesson.ALL_WITH_SKILLS, query = "SELECT l FROM Lesson l LEFT JOIN FETCH l.skills"
        + " ORDER BY l.course.id, l.position")
public class Lesson {

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

    @ManyToMany
    @JoinTable(name = "published_lesson_skills",
            joinColumns = @JoinColumn(name = "lesson_id"),
            inverseJoinColumns = @JoinColumn(name = "skill_id"))
    private Set<Skill> skills = new HashSet<>();


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
