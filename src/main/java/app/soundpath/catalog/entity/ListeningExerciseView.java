package app.soundpath.catalog.entity;

/**
 * A lesson's listening exercise as learners' features read it: the kind, the rungs of its difficulty ladder it uses
 * ({@code levelFrom} to {@code levelTo}), the items in a round, and the pass rule (at least {@code passAccuracy} % right
 * over the last {@code passWindow} answers).
 */
public record ListeningExerciseView(Long lessonId, ListeningKind kind, int levelFrom, int levelTo, int items,
                                    int passAccuracy, int passWindow) {
}
