package app.soundpath.authoring.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

/**
 * A lesson as instructors edit it: the write side of the {@code lesson} table. While it is a DRAFT its rows are
 * edited directly (no learner sees them); once PUBLISHED, edits go to {@link #getDraft() the draft revision}
 * (a JSON {@link LessonContent}) and replace the live text only on "Publish".
 */
@Cacheable(false)
@Entity(name = "AuthoredLesson")
@Table(name = "lesson")
@NamedQuery(name = AuthoredLesson.OF_COURSE, query = "SELECT l FROM AuthoredLesson l WHERE l.courseId = :course ORDER BY l.position, l.id")
@NamedQuery(name = AuthoredLesson.OF_COURSES, query = "SELECT l FROM AuthoredLesson l WHERE l.courseId IN :courses")
@NamedQuery(name = AuthoredLesson.SLUG_TAKEN, query = "SELECT COUNT(l) FROM AuthoredLesson l WHERE l.slug = :slug AND l.id <> :id")
@NamedQuery(name = AuthoredLesson.SLUGS_LIKE, query = "SELECT l.slug FROM AuthoredLesson l WHERE l.slug LIKE :prefix")
public class AuthoredLesson {

    public static final String OF_COURSE = "AuthoredLesson.ofCourse";
    public static final String OF_COURSES = "AuthoredLesson.ofCourses";
    public static final String SLUG_TAKEN = "AuthoredLesson.slugTaken";
    public static final String SLUGS_LIKE = "AuthoredLesson.slugsLike";

    @Id
    @SequenceGenerator(name = "authoring_seq", sequenceName = "authoring_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "authoring_seq")
    private Long id;

    @Column(name = "course_id", nullable = false)
    private Long courseId;

    @Column(nullable = false, unique = true, length = Limits.SLUG)
    private String slug;

    @Column(nullable = false, length = Limits.TITLE)
    private String title;

    @Column(nullable = false, length = Limits.LESSON_SUMMARY)
    private String summary;

    @Column(name = "body_md", nullable = false, length = Limits.BODY)
    private String bodyMarkdown;

    @Column(nullable = false)
    private int minutes;

    @Column(nullable = false)
    private int position;

    @Column(name = "pass_mark", nullable = false)
    private int passMark;

    @Column(nullable = false)
    private boolean required;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ContentStatus status = ContentStatus.DRAFT;

    @Column(length = 1_000_000)
    private String draft;

    // The lesson's listening exercise (issue 17, sql/V48): all null when it has none.
    @Column(name = "listening_kind", length = 10)
    private String listeningKind;

    @Column(name = "listening_from")
    private Integer listeningFrom;

    @Column(name = "listening_to")
    private Integer listeningTo;

    @Column(name = "listening_items")
    private Integer listeningItems;

    @Column(name = "listening_pass")
    private Integer listeningPass;

    @Column(name = "listening_window")
    private Integer listeningWindow;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "lesson_skill", joinColumns = @JoinColumn(name = "lesson_id"))
    @Column(name = "skill_id")
    private Set<Long> skillIds = new HashSet<>();

    @Version
    private long version;

    protected AuthoredLesson() {
    }

    public AuthoredLesson(Long courseId, int position, LessonContent content, Instant now) {
        this.courseId = courseId;
        this.position = position;
        apply(content, now);
    }

    /** A lesson of the content kept in the repository (src/main/content/), imported at start-up: published, never edited. */
    public static AuthoredLesson seeded(Long courseId, int position, LessonContent content) {
        AuthoredLesson lesson = new AuthoredLesson(courseId, position, content, null);
        lesson.status = ContentStatus.PUBLISHED;
        return lesson;
    }

    /** Makes the given content the live text and settings (the check questions are rows of their own). */
    public void apply(LessonContent c, Instant now) {
        slug = c.slug();
        title = c.title();
        summary = c.summary();
        bodyMarkdown = c.body();
        minutes = c.minutes();
        passMark = c.passMark();
        required = c.required();
        skillIds.clear();
        skillIds.addAll(c.skillIds());
        ListeningSettings l = c.listening();
        listeningKind = l == null ? null : l.kind();
        listeningFrom = l == null ? null : l.levelFrom();
        listeningTo = l == null ? null : l.levelTo();
        listeningItems = l == null ? null : l.items();
        listeningPass = l == null ? null : l.passAccuracy();
        listeningWindow = l == null ? null : l.window();
        updatedAt = now;
    }

    /** The live listening exercise, or null when the lesson has none. */
    public ListeningSettings getListening() {
        return listeningKind == null ? null : new ListeningSettings(listeningKind, listeningFrom, listeningTo,
                listeningItems, listeningPass, listeningWindow);
    }

    public void saveDraft(String json, Instant now) {
        draft = json;
        updatedAt = now;
    }

    /** Drops the draft revision; false when there was none. */
    public boolean discardDraft(Instant now) {
        if (draft == null) {
            return false;
        }
        draft = null;
        updatedAt = now;
        return true;
    }

    public boolean moveTo(ContentStatus next, Instant now) {
        if (status == next) {
            return false;
        }
        status = next;
        updatedAt = now;
        return true;
    }

    public void placeAt(int position) {
        this.position = position;
    }

    public Long getId() { return id; }
    public Long getCourseId() { return courseId; }
    public String getSlug() { return slug; }
    public String getTitle() { return title; }
    public String getSummary() { return summary; }
    public String getBodyMarkdown() { return bodyMarkdown; }
    public int getMinutes() { return minutes; }
    public int getPosition() { return position; }
    public int getPassMark() { return passMark; }
    public boolean isRequired() { return required; }
    public ContentStatus getStatus() { return status; }
    public String getDraft() { return draft; }
    public boolean hasDraft() { return draft != null; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Set<Long> getSkillIds() { return Set.copyOf(skillIds); }
    public long getVersion() { return version; }
}
