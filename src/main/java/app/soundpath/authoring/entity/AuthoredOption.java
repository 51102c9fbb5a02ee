package app.soundpath.authoring.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One option of a live check question, as authoring writes it. */
@Cacheable(false)
@Entity(name = "AuthoredOption")
@Table(name = "check_option")
public class AuthoredOption {

    @Id
    @SequenceGenerator(name = "authoring_seq", sequenceName = "authoring_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "authoring_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id")
    private AuthoredQuestion question;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = Limits.OPTION)
    private String label;

    @Column(nullable = false)
    private boolean correct;

    protected AuthoredOption() {
    }

    AuthoredOption(AuthoredQuestion question, int position, LessonContent.Option option) {
        this.question = question;
        this.position = position;
        this.label = option.label();
        this.correct = option.correct();
    }

    public int getPosition() { return position; }
    public String getLabel() { return label; }
    public boolean isCorrect() { return correct; }
}
