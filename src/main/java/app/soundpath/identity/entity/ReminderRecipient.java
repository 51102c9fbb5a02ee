package app.soundpath.identity.entity;

/** Someone who asked for the weekly reminder, with the token of their one-click unsubscribe link. */
public record ReminderRecipient(Long accountId, String email, String displayName, String unsubscribeToken) {
}
