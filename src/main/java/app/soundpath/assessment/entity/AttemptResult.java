package app.soundpath.assessment.entity;

import java.time.Instant;

/**
 * A stored attempt and what it found; {@code rescoredFrom} names the attempt it re-scores under a newer scoring
 * version, and {@code decision} is what the learner did with it (null until they decide).
 */
public record AttemptResult(Long id, int questionnaireVersion, Instant takenAt, TrackFit fit, Long rescoredFrom,
                            Decision decision) {

    /** A learner's choice after a suggestion: the track, whether it overrode the suggestion, and why. */
    public record Decision(String chosenTrack, boolean override, String reason, String reasonText, Instant decidedAt) {
        public static Decision of(TrackDecision d) {
            return d == null ? null : new Decision(d.getChosenTrack().name(), d.isOverride(),
                    d.getReason() == null ? null : d.getReason().name(), d.getReasonText(), d.getDecidedAt());
        }
    }
}
