package app.soundpath.assessment.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** One item of a questionnaire version, with its options (scenarios, knowledge, tie-breakers). Read-only content. */
@Entity
@Table(name = "assessment_item")
@NamedQuery(name = AssessmentItem.OF_VERSION, query = "SELECT i FROM AssessmentItem i LEFT JOIN FETCH i.options"
        + " WHERE i.questionnaireId = (SELECT q.id FROM Questionnaire q WHERE q.version = :version)"
        + " ORDER BY i.block, i.position")
public class AssessmentItem {

    public static final String OF_VERSION = "AssessmentItem.ofVersion";

    @Id
    private Long id;

    @Column(name = "questionnaire_id", nullable = false)
    private Long questionnaireId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 1)
    private Block block;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 1000)
    private String prompt;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Side side;

    @Column(nullable = false, length = 120)
    private String topic;

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    @JoinColumn(name = "item_id")
    @OrderBy("position")
    private List<AssessmentOption> options = new ArrayList<>();

    protected AssessmentItem() {
    }

    public Long getId() { return id; }
    public Long getQuestionnaireId() { return questionnaireId; }
    public Block getBlock() { return block; }
    public int getPosition() { return position; }
    public String getPrompt() { return prompt; }
    public Side getSide() { return side; }
    public String getTopic() { return topic; }
    public List<AssessmentOption> getOptions() { return List.copyOf(options); }
}
