package app.soundpath.assessment.entity;

import java.util.List;
import java.util.Map;

/** What the scoring found, and why: everything a result page and the history need. */
public record TrackFit(Suggestion suggestion, Confidence confidence, double d, Map<Block, SubScore> subScores,
                       List<Contribution> toward, Contribution against, int knowledgePercent,
                       boolean suggestTestingOutOfFoundation, boolean tieBreakersUsed, String scoringVersion) {

    /** The suggested track, or an honest close call. */
    public enum Suggestion { PRODUCER, ENGINEER, CLOSE_CALL }

    /** How far to trust the suggestion. */
    public enum Confidence { HIGH, MEDIUM, LOW }

    /** A block's score for each track, 0 to 1. */
    public record SubScore(double producer, double engineer) {
        public double delta() {
            return producer - engineer;
        }
    }

    /** One answer's pull on D: positive towards producer, negative towards engineer. */
    public record Contribution(String itemId, String label, double pull) {
    }
}
