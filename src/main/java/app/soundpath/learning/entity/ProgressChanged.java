package app.soundpath.learning.entity;

/**
 * Fired in the transaction that changed a learner's course summaries (an enrolment, a lesson done, a challenge
 * passed), after the change is made, so that figures kept from them (the reports' track summaries) follow.
 *
 * @param countsOnly true when only the numbers in existing summaries changed (lessons done, a course completed),
 *                   not which courses the learner has a summary of: the figures can then be updated in place
 */
public record ProgressChanged(Long learnerId, boolean countsOnly) {

    /** Which courses the learner has summaries of may have changed (an enrolment). */
    public ProgressChanged(Long learnerId) {
        this(learnerId, false);
    }

    /** Lessons were done (or a course completed) in courses the learner already had a summary of. */
    public static ProgressChanged counts(Long learnerId) {
        return new ProgressChanged(learnerId, true);
    }
}
