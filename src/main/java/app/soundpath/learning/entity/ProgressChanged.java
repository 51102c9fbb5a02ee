package app.soundpath.learning.entity;

/**
 * Fired in the transaction that changed a learner's course summaries (an enrolment, a lesson done, a challenge
 * passed), after the change is made, so that figures kept from them (the reports' track summaries) follow.
 */
public record ProgressChanged(Long learnerId) {
}
