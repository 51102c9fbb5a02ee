package app.soundpath.platform;

import java.util.Objects;

/**
 * An email any feature wants sent, fired as a CDI event inside the transaction of the change that causes it
 * (a reset request, a sign-up, a reminder run). The mail feature observes it and writes it to its outbox in that
 * same transaction, so the message exists exactly when the change does; the sender delivers it afterwards.
 * The text is plain; the mail feature makes the HTML part from it (escaped, links made clickable, no images).
 *
 * @param kind           what kind of message, for the admins' outbox page (RESET, CONFIRM, REMINDER …)
 * @param recipient      one normalised address
 * @param subject        one line
 * @param text           the plain-text body; lines starting with "http" become links in the HTML part
 * @param unsubscribeUrl when present, sent as {@code List-Unsubscribe} and shown at the foot
 */
public record Letter(String kind, String recipient, String subject, String text, String unsubscribeUrl) {

    public Letter {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(recipient);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(text);
    }

    public Letter(String kind, String recipient, String subject, String text) {
        this(kind, recipient, subject, text, null);
    }
}
