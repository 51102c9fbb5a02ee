package app.soundpath.authoring.entity;

/**
 * Fired in the transaction that deletes a lesson nobody studied, before its row goes, so figures kept per lesson
 * (rows that refer to it) can go first.
 */
public record LessonRemoving(Long lessonId) {
}
