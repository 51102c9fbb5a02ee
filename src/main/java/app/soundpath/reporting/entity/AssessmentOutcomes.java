package app.soundpath.reporting.entity;

import java.time.Instant;
import java.util.List;

/**
 * How assessments came out, by questionnaire and scoring version (re-scorings excluded), and what learners did:
 * decisions, overrides and their reasons.
 */
public record AssessmentOutcomes(List<Outcome> outcomes, long decisions, long overrides, List<ReasonCount> reasons,
                                 List<ReasonText> recentReasons) {

    /** Attempts of one version with one suggestion and confidence. */
    public record Outcome(int questionnaireVersion, String scoringVersion, String suggestion, String confidence, long count) {
    }

    /** Overrides with one reason from the pick list ("NONE" when none was given). */
    public record ReasonCount(String reason, long count) {
    }

    /** A reason written in the learner's own words, newest first. */
    public record ReasonText(Instant at, String chosenTrack, String text) {
    }

    public long total() {
        return outcomes.stream().mapToLong(Outcome::count).sum();
    }

    /** Attempts with the given suggestion, over all versions and confidences. */
    public long suggested(String suggestion) {
        return outcomes.stream().filter(o -> o.suggestion().equals(suggestion)).mapToLong(Outcome::count).sum();
    }

    /** Attempts with the given confidence, over all versions and suggestions. */
    public long confident(String confidence) {
        return outcomes.stream().filter(o -> o.confidence().equals(confidence)).mapToLong(Outcome::count).sum();
    }
}
