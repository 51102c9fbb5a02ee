package app.soundpath.identity.entity;

import java.time.Instant;

/** A security-log line for the admin pages. */
public record SecurityEventView(Long id, Instant occurredAt, SecurityEvent.Kind kind, Long actorId, Long subjectId,
                                String subjectEmail, String address, String detail) {

    public static SecurityEventView of(SecurityEvent e) {
        return new SecurityEventView(e.getId(), e.getOccurredAt(), e.getKind(), e.getActorId(), e.getSubjectId(),
                e.getSubjectEmail(), e.getAddress(), e.getDetail());
    }
}
