package app.soundpath.credentials.entity;

/** How a credential names its learner: by display name, or only by a salted hash of their email address. */
public enum RecipientKind {
    NAME, EMAIL_HASH
}
