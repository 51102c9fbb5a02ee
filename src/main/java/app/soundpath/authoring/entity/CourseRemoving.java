package app.soundpath.authoring.entity;

/**
 * Fired in the transaction that deletes a course nobody studied, before its row goes, so figures kept per course
 * (rows that refer to it) can go first. Like {@link LessonRemoving}.
 */
public record CourseRemoving(Long courseId) {
}
