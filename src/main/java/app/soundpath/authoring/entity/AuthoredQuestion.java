package app.soundpath.authoring.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;

/** A live check question as authoring writes it (the catalog reads the same rows for learners). */
@Cacheable(false)
@Entity(name = "AuthoredQuestion")
@Table(name = "check_question")
@NamedQuery(name = AuthoredQuestion.OF_LESSONS, query = "SELECT DISTINCT q FROM AuthoredQuestion q LEFT JOIN FETCH q.options"
        + " WHERE q.lessonId IN :lessons")
public class AuthoredQuestion {

    public static final String OF_LESSONS = "AuthoredQuestion.ofLessons";

    @Id
    @SequenceGenerator(name = "authoring_seq", sequenceName = "authoring_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "authoring_seq")
    private Long id;

    @Column(name = "lesson_id", nullable = false)
    private Long lessonId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 20)
    private String kind;

    @Column(nullable = false, length = Limits.PROMPT)
    private String prompt;

    @Column(nullable = false, length = Limits.EXPLANATION)
    private String explanation;

    @OneToMany(mappedBy = "question", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<AuthoredOption> options = new ArrayList<>();

    @Version
    private long version;

    protected AuthoredQuestion() {
    }

    public AuthoredQuestion(Long lessonId, int position, LessonContent.Question q) {
        this.lessonId = lessonId;
        this.position = position;
        this.kind = q.kind();
        this.prompt = q.prompt();
        this.explanation = q.explanation();
        for (int i = 0; i < q.options().size(); i++) {
            options.add(new AuthoredOption(this, i + 1, q.options().get(i)));
        }
    }

    public LessonContent.Question content() {
        return new LessonContent.Question(kind, prompt, explanation, options.stream()
                .sorted(java.util.Comparator.comparingInt(AuthoredOption::getPosition))
                .map(o -> new LessonContent.Option(o.getLabel(), o.isCorrect())).toList());
    }

    public Long getId() { return id; }
    public Long getLessonId() { return lessonId; }
    public int getPosition() { return position; }
}
