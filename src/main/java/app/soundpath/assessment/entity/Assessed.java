package app.soundpath.assessment.entity;

/**
 * Fired in the transaction that gave a learner a new assessment result (taken while signed in, or claimed at
 * sign-in), after it is stored, so that figures kept from the latest result (the reports' track summaries) follow.
 */
public record Assessed(Long learnerId) {
}
