package app.soundpath.learning.entity;

import java.time.Instant;

/**
 * Fired in the transaction in which a learner's course became complete (every required lesson completed or waived),
 * once per change from not complete to complete, so what is earned by it (a credential) is kept with it or not at all.
 */
public record CourseCompleted(Long learnerId, Long courseId, Instant completedAt) {
}
