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
import java.time.Instant;

/** What a learner did with a suggestion: followed it or chose the other track (an override). Written once. */
@Entity
@Table(name = "track_decision")
@NamedQuery(name = TrackDecision.OF_ATTEMPTS, query = "SELECT d FROM TrackDecision d WHERE d.attemptId IN :attempts"
        + " ORDER BY d.decidedAt DESC, d.id DESC")
public class TrackDecision {

    public static final String OF_ATTEMPTS = "TrackDecision.ofAttempts";

    /** Longest free-text reason kept; the column's length. */
    public static final int REASON_MAX = 500;

    /** Why someone chose the other track; the pick list on the result page. */
    public enum Reason { ALREADY_DECIDED, CAREER_GOAL, OTHER_SKILLS, TRY_FIRST, OTHER }

    @Id
    @SequenceGenerator(name = "assessment_seq", sequenceName = "assessment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assessment_seq")
    private Long id;

    @Column(name = "attempt_id", nullable = false)
    private Long attemptId;

    @Column(name = "learner_id", nullable = false)
    private Long learnerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "chosen_track", nullable = false, length = 12)
    private Side chosenTrack;

    @Column(nullable = false)
    private boolean override;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason_code", length = 20)
    private Reason reason;

    @Column(name = "reason_text", length = REASON_MAX)
    private String reasonText;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected TrackDecision() {
    }

    public TrackDecision(Long attemptId, Long learnerId, Side chosenTrack, boolean override, Reason reason,
                         String reasonText, Instant now) {
        this.attemptId = attemptId;
        this.learnerId = learnerId;
        this.chosenTrack = chosenTrack;
        this.override = override;
        this.reason = reason;
        this.reasonText = reasonText;
        this.decidedAt = now;
    }

    public Long getId() { return id; }
    public Long getAttemptId() { return attemptId; }
    public Side getChosenTrack() { return chosenTrack; }
    public boolean isOverride() { return override; }
    public Reason getReason() { return reason; }
    public String getReasonText() { return reasonText; }
    public Instant getDecidedAt() { return decidedAt; }
}
