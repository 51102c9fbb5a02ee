package app.soundpath.identity.entity;

import java.time.Instant;
import java.util.Set;

/** What a sign-in attempt came to. REFUSED carries when the person may try again. */
public record SignInOutcome(Status status, Long accountId, Set<Role> roles, Instant retryAt) {

    /** The result. INVALID covers unknown email, wrong password and deactivated accounts alike. */
    public enum Status { SIGNED_IN, INVALID, REFUSED }

    public static SignInOutcome signedIn(Account account) {
        return new SignInOutcome(Status.SIGNED_IN, account.getId(), account.getRoles(), null);
    }

    public static SignInOutcome invalid() {
        return new SignInOutcome(Status.INVALID, null, Set.of(), null);
    }

    public static SignInOutcome refused(Instant retryAt) {
        return new SignInOutcome(Status.REFUSED, null, Set.of(), retryAt);
    }
}
