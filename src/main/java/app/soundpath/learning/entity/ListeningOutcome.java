package app.soundpath.learning.entity;

/**
 * A graded listening item, as the learner sees it after answering: right or not, the right answer and what was done
 * to clip B, and where the exercise stands.
 *
 * @param answerLabel     the right choice as the buttons name it
 * @param explanation     what was done to clip B, in words
 * @param accuracy        whole-percent right over the last {@code window} answers (of fewer while there are fewer)
 * @param answered        answers so far, up to the window
 * @param passed          whether the exercise is passed (now or before)
 * @param passedNow       whether this answer passed it
 * @param lessonCompleted whether this answer completed the lesson
 */
public record ListeningOutcome(Long itemId, String chosen, boolean correct, String answer, String answerLabel,
                               String explanation, int accuracy, int answered, int window, int passAccuracy,
                               boolean passed, boolean passedNow, boolean lessonCompleted) {
}
