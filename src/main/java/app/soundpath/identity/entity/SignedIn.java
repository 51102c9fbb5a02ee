package app.soundpath.identity.entity;

/** Fired in the sign-in request once the caller is signed in, so other features can pick up what the visitor did before. */
public record SignedIn(Long accountId) {
}
