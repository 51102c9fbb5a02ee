package app.soundpath.learning.entity;

/**
 * Fired in the transaction that grades a listening item (issue 17), with what it adds to the exercise's figures: the
 * learner's first answer of the lesson, whether it was right, and whether it passed the exercise for the first time.
 * Reporting keeps its {@code listening_figures} from these; learning does not know that table.
 */
public record ListeningAnswered(Long lessonId, Long learnerId, boolean firstAnswer, boolean correct, boolean passed) {
}
