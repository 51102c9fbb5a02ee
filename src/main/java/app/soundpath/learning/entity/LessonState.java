package app.soundpath.learning.entity;

/** Where a learner stands with one lesson. No progress row at all means NOT_STARTED. */
public enum LessonState {
    NOT_STARTED, IN_PROGRESS, COMPLETED, WAIVED;

    /** Completed or waived: counts for course completion, prerequisites and skills. */
    public boolean done() {
        return this == COMPLETED || this == WAIVED;
    }
}
