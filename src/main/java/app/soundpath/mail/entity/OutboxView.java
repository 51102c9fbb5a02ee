package app.soundpath.mail.entity;

import java.time.Instant;

/** A message as the admins' outbox page shows it. */
public record OutboxView(Long id, Instant createdAt, String kind, String recipient, String subject, String text,
                         String html, String unsubscribeUrl, OutboxMessage.State state, int attempts,
                         Instant nextAttemptAt, Instant sentAt, String lastError) {

    public static OutboxView of(OutboxMessage m) {
        return new OutboxView(m.getId(), m.getCreatedAt(), m.getKind(), m.getRecipient(), m.getSubject(),
                m.getTextBody(), m.getHtmlBody(), m.getUnsubscribeUrl(), m.getState(), m.getAttempts(),
                m.getNextAttemptAt(), m.getSentAt(), m.getLastError());
    }
}
