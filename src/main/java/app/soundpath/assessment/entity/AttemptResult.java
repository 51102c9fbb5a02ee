package app.soundpath.assessment.entity;

import java.time.Instant;

/** A stored attempt and what it found. */
public record AttemptResult(Long id, int questionnaireVersion, Instant takenAt, TrackFit fit) {
}
