package app.soundpath.assessment.entity;

import java.math.BigDecimal;
import java.time.Instant;

/** One line of a learner's assessment history: the suggestion as it was made, and what they chose. */
public record AttemptSummary(Long id, Instant takenAt, String suggestion, String confidence, BigDecimal d,
                             String scoringVersion, Long rescoredFrom, AttemptResult.Decision decision) {

    public static AttemptSummary of(AssessmentAttempt a, TrackDecision decision) {
        return new AttemptSummary(a.getId(), a.getTakenAt(), a.getSuggestion().name(), a.getConfidence().name(),
                a.getD(), a.getScoringVersion(), a.getRescoredFrom(), AttemptResult.Decision.of(decision));
    }
}
