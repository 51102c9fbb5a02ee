package app.soundpath.learning.entity;

/**
 * Fired in the transaction that changed a learner's lesson row or recorded a check attempt, with what it adds to
 * the lesson's figures: learners who reached it, who finished it, who have a best score (and by how much the sum of
 * best scores grew), and failed attempts. Reporting keeps its {@code lesson_figures} from these; learning does not
 * know that table. Made through the named factories, never with a row of numbers.
 */
public record LessonActivity(Long lessonId, Long learnerId, int reached, int done, int scored, int scoreGain, int failed) {

    /** The learner opened a lesson row for the first time. */
    public static LessonActivity reached(Long lessonId, Long learnerId) {
        return new LessonActivity(lessonId, learnerId, 1, 0, 0, 0, 0);
    }

    /** The learner finished the lesson (marked done, or waived by a challenge). */
    public static LessonActivity finished(Long lessonId, Long learnerId) {
        return new LessonActivity(lessonId, learnerId, 0, 1, 0, 0, 0);
    }

    /**
     * A check attempt.
     *
     * @param bestBefore the learner's best score before this attempt (null: the first scored attempt)
     * @param bestAfter  the best score after it
     * @param completed  whether this attempt completed the lesson
     */
    public static LessonActivity attempted(Long lessonId, Long learnerId, Integer bestBefore, int bestAfter,
                                           boolean completed, boolean passed) {
        return new LessonActivity(lessonId, learnerId, 0, completed ? 1 : 0, bestBefore == null ? 1 : 0,
                bestAfter - (bestBefore == null ? 0 : bestBefore), passed ? 0 : 1);
    }

    /** This activity and the learner reaching the lesson, in one (the first attempt of a lesson not opened before). */
    public LessonActivity reachedToo(boolean firstTime) {
        return firstTime ? new LessonActivity(lessonId, learnerId, reached + 1, done, scored, scoreGain, failed) : this;
    }

    /** Whether this changes any figure at all. */
    public boolean changesAnything() {
        return reached != 0 || done != 0 || scored != 0 || scoreGain != 0 || failed != 0;
    }
}
