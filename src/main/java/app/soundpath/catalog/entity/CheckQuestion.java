package app.soundpath.catalog.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.JoinColumn;
import java.util.ArrayList;
import java.util.List;

/** One question of a lesson's check, with its options and the explanation shown after answering. */
// A mapping of a read-only view the authoring feature (the owner of the table) declares in sql/V41. Not in the
// shared cache: authoring writes the rows underneath, and a cached copy would show stale content after a publish.
@Cacheable(false)
@Entity
@Table(name = "published_check_questions")
@NamedQuery(name = CheckQuestion.ALL, query = "SELECT q FROM CheckQuestion q LEFT JOIN FETCH q.options"
        + " ORDER BY q.lessonId, q.position")
public class CheckQuestion {

    public static final String ALL = "CheckQuestion.all";

    @Id
    private Long id;

    @Column(name = "lesson_id", nullable = false)
    private Long lessonId;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private QuestionKind kind;

    @Column(nullable = false, length = 1000)
    private String prompt;

    @Column(nullable = false, length = 2000)
    private String explanation;

    @OneToMany(fetch = FetchType.LAZY)
    @JoinColumn(name = "question_id")
    @OrderBy("position")
    private List<CheckOption> options = new ArrayList<>();


    protected CheckQuestion() {
    }

    public Long getId() { return id; }
    public Long getLessonId() { return lessonId; }
    public int getPosition() { return position; }
    public QuestionKind getKind() { return kind; }
    public String getPrompt() { return prompt; }
    public String getExplanation() { return explanation; }
    public List<CheckOption> getOptions() { return List.copyOf(options); }
}
