package app.soundpath.identity.boundary;

import app.soundpath.identity.entity.SignInOutcome;
import jakarta.enterprise.context.RequestScoped;

/**
 * Carries the outcome of this request's sign-in from the identity store back to the sign-in page, which
 * Jakarta Security's result types cannot do ("refused until 10:42" is more than valid / invalid).
 */
@RequestScoped
public class SignInAttempt {

    private SignInOutcome outcome;

    public SignInOutcome outcome() {
        return outcome;
    }

    void record(SignInOutcome outcome) {
        this.outcome = outcome;
    }
}
