package app.soundpath.learning.entity;

/**
 * A graded listening item, as the learner sees it after answering: right or not, the right answer and what was done
 * to clip B, and where the exercise stands.
 *
 * @param chosenX         which clip the learner said X is (null for an item without X)
 * @param x               which clip X was (null for an item without X)
 * @param answerLabel     the right choice as the buttons name it (with which clip X was, for an ABX item)
 * @param explanation     what was done to clip B, in words
 * @param accuracy        whole-percent right over the last {@code window} answers (of fewer while there are fewer)
 * @param answered        answers so far, up to the window
 * @param passed          whether the exercise is passed (now or before)
 * @param passedNow       whether this answer passed it
 * @param lessonCompleted whether this answer completed the lesson
 */
public record ListeningOutcome(Long itemId, String chosen, String chosenX, boolean correct, String answer, String x,
                               String answerLabel,
                               String explanation, int accuracy, int answered, int window, int passAccuracy,
                               boolean passed, boolean passedNow, boolean lessonCompleted) {
}
