package app.soundpath.learning.entity;

/**
 * Fired in the transaction that recounted every learner's summary of a course after the course or its lessons
 * changed (published, archived, moved between tracks), so that figures kept from them follow.
 */
public record CourseRecounted(Long courseId) {
}
