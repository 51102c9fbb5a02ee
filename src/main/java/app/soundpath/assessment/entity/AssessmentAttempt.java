package app.soundpath.assessment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One stored attempt and its result. Its answers and result are written once and never updated: re-scoring under
 * a new scoring version makes a new attempt that points back to this one. The only later change is claiming an
 * anonymous attempt for the account its visitor then signed in to.
 */
@Entity
@Table(name = "assessment_attempt")
@NamedQuery(name = AssessmentAttempt.UNCLAIMED, query = "SELECT a FROM AssessmentAttempt a WHERE a.id IN :ids"
        + " AND a.learnerId IS NULL")
@NamedQuery(name = AssessmentAttempt.NOT_YET_UNDER, query = "SELECT a FROM AssessmentAttempt a"
        + " WHERE a.scoringVersion <> :version AND NOT EXISTS (SELECT o FROM AssessmentAttempt o WHERE o.rescoredFrom = a.id) ORDER BY a.id")
public class AssessmentAttempt {

    public static final String UNCLAIMED = "AssessmentAttempt.unclaimed";
    /** Attempts at the end of their re-scoring chain that are not yet scored under a version. */
    public static final String NOT_YET_UNDER = "AssessmentAttempt.notYetUnder";

    @Id
    @SequenceGenerator(name = "assessment_seq", sequenceName = "assessment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assessment_seq")
    private Long id;

    @Column(name = "questionnaire_id", nullable = false)
    private Long questionnaireId;

    @Column(name = "learner_id")
    private Long learnerId;

    @Column(name = "scoring_version", nullable = false, length = 10)
    private String scoringVersion;

    @Column(nullable = false, length = 4000)
    private String answers;

    @Column(name = "tie_breakers", nullable = false, length = 200)
    private String tieBreakers;

    @Column(name = "a_producer", nullable = false) private BigDecimal aProducer;
    @Column(name = "a_engineer", nullable = false) private BigDecimal aEngineer;
    @Column(name = "b_producer", nullable = false) private BigDecimal bProducer;
    @Column(name = "b_engineer", nullable = false) private BigDecimal bEngineer;
    @Column(name = "c_producer", nullable = false) private BigDecimal cProducer;
    @Column(name = "c_engineer", nullable = false) private BigDecimal cEngineer;

    @Column(nullable = false)
    private BigDecimal d;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private TrackFit.Suggestion suggestion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 6)
    private TrackFit.Confidence confidence;

    @Column(name = "knowledge_percent", nullable = false)
    private int knowledgePercent;

    @Column(name = "taken_at", nullable = false)
    private Instant takenAt;

    @Column(name = "rescored_from")
    private Long rescoredFrom;

    protected AssessmentAttempt() {
    }

    public AssessmentAttempt(Long questionnaireId, Long learnerId, String answers, String tieBreakers, TrackFit fit,
                             Instant now) {
        this.questionnaireId = questionnaireId;
        this.learnerId = learnerId;
        this.answers = answers;
        this.tieBreakers = tieBreakers;
        this.scoringVersion = fit.scoringVersion();
        this.aProducer = decimal(fit.subScores().get(Block.A).producer());
        this.aEngineer = decimal(fit.subScores().get(Block.A).engineer());
        this.bProducer = decimal(fit.subScores().get(Block.B).producer());
        this.bEngineer = decimal(fit.subScores().get(Block.B).engineer());
        this.cProducer = decimal(fit.subScores().get(Block.C).producer());
        this.cEngineer = decimal(fit.subScores().get(Block.C).engineer());
        this.d = decimal(fit.d());
        this.suggestion = fit.suggestion();
        this.confidence = fit.confidence();
        this.knowledgePercent = fit.knowledgePercent();
        this.takenAt = now;
    }

    /** The same answers scored again under another version: a new attempt linked to this one, which stays as it is. */
    public AssessmentAttempt rescored(TrackFit fit) {
        AssessmentAttempt copy = new AssessmentAttempt(questionnaireId, learnerId, answers, tieBreakers, fit, takenAt);
        copy.rescoredFrom = id;
        return copy;
    }

    /** Gives an anonymous attempt to the account its visitor signed in to; an owned attempt never changes hands. */
    public void claimFor(Long accountId) {
        if (learnerId == null) {
            learnerId = accountId;
        }
    }

    /** The stored result; the explanation (which answers pulled which way) comes from the given re-scoring. */
    public TrackFit storedFit(TrackFit explained) {
        return new TrackFit(suggestion, confidence, d.doubleValue(), java.util.Map.of(
                Block.A, new TrackFit.SubScore(aProducer.doubleValue(), aEngineer.doubleValue()),
                Block.B, new TrackFit.SubScore(bProducer.doubleValue(), bEngineer.doubleValue()),
                Block.C, new TrackFit.SubScore(cProducer.doubleValue(), cEngineer.doubleValue())),
                explained.toward(), explained.against(), knowledgePercent, explained.suggestTestingOutOfFoundation(),
                explained.tieBreakersUsed(), scoringVersion);
    }

    private static BigDecimal decimal(double value) {
        return BigDecimal.valueOf(value).setScale(4, java.math.RoundingMode.HALF_UP);
    }

    public Long getId() { return id; }
    public Long getLearnerId() { return learnerId; }
    public Long getQuestionnaireId() { return questionnaireId; }
    public String getAnswers() { return answers; }
    public String getTieBreakers() { return tieBreakers; }
    public String getScoringVersion() { return scoringVersion; }
    public BigDecimal getD() { return d; }
    public TrackFit.Suggestion getSuggestion() { return suggestion; }
    public TrackFit.Confidence getConfidence() { return confidence; }
    public int getKnowledgePercent() { return knowledgePercent; }
    public Instant getTakenAt() { return takenAt; }
    public Long getRescoredFrom() { return rescoredFrom; }
}
