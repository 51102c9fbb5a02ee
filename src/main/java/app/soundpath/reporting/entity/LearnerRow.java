package app.soundpath.reporting.entity;

import java.time.Instant;

/** One learner in the list: who, since when, courses enrolled and completed, last activity (null if none). */
public record LearnerRow(Long id, String name, String email, Instant joinedAt, long enrolled, long completed,
                         Instant lastActivityAt) {
}
