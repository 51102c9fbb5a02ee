package app.soundpath.authoring.entity;

/** Fired in the transaction that created a lesson, after its row exists, so figures kept per lesson can start. */
public record LessonAdded(Long lessonId) {
}
