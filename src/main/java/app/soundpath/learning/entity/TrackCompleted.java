package app.soundpath.learning.entity;

import java.time.Instant;

/**
 * Fired in the transaction in which the last not-yet-complete course of a track became complete for a learner. Fired
 * after a lock on the learner's account row, so two transactions finishing a track's last two courses at once see each
 * other: exactly one of them fires it.
 */
public record TrackCompleted(Long learnerId, String trackSlug, Instant completedAt) {
}
