package app.soundpath.assessment.entity;

import java.math.BigDecimal;
import java.time.Instant;

/** One line of a learner's assessment history. */
public record AttemptSummary(Long id, Instant takenAt, String suggestion, String confidence, BigDecimal d,
                             String scoringVersion) {

    public static AttemptSummary of(AssessmentAttempt a) {
        return new AttemptSummary(a.getId(), a.getTakenAt(), a.getSuggestion().name(), a.getConfidence().name(),
                a.getD(), a.getScoringVersion());
    }
}
