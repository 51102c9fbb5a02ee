package app.soundpath.assessment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A reaction, answer or choice of an assessment item. */
@Entity
@Table(name = "assessment_option")
public class AssessmentOption {

    @Id
    private Long id;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 500)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Side side;

    @Column(nullable = false)
    private boolean correct;

    protected AssessmentOption() {
    }

    public Long getId() { return id; }
    public int getPosition() { return position; }
    public String getLabel() { return label; }
    public Side getSide() { return side; }
    public boolean isCorrect() { return correct; }
}
