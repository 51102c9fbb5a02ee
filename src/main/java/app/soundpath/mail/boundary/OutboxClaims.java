package app.soundpath.mail.boundary;

import app.soundpath.mail.control.Backoff;
import app.soundpath.mail.entity.OutboxMessage;
import app.soundpath.mail.entity.OutboxMessage.State;
import app.soundpath.mail.entity.OutboxView;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The sender's short transactions, each committed on its own: which messages are due, taking one (only one
 * sender can: the row's version is checked), and writing down how the delivery went.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxClaims {

    /** A message taken longer ago than this and never marked sent is tried again (its sender died). */
    static final Duration STALE_CLAIM = Duration.ofMinutes(10);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public List<Long> due(int max) {
        Instant now = clock.instant();
        return em.createNamedQuery(OutboxMessage.DUE, Long.class).setParameter("now", now)
                .setParameter("staleBefore", now.minus(STALE_CLAIM)).setMaxResults(max).getResultList();
    }

    /** Takes the message for sending, if it is still due and no other sender took it first. */
    public Optional<OutboxView> claim(Long id) {
        Instant now = clock.instant();
        OutboxMessage message = em.find(OutboxMessage.class, id);
        if (message == null) {
            return Optional.empty();
        }
        em.refresh(message);
        boolean due = message.getState() == State.PENDING && !message.getNextAttemptAt().isAfter(now);
        boolean abandoned = message.getState() == State.SENDING && message.getClaimedAt() != null
                && message.getClaimedAt().isBefore(now.minus(STALE_CLAIM));
        if (!due && !abandoned) {
            return Optional.empty();
        }
        message.claim(now);
        try {
            em.flush(); // the version check: a second sender's claim fails here
        } catch (PersistenceException takenByAnother) {
            return Optional.empty();
        }
        return Optional.of(OutboxView.of(message));
    }

    public void sent(Long id) {
        OutboxMessage message = em.find(OutboxMessage.class, id);
        if (message != null) {
            message.sent(clock.instant());
        }
    }

    public void failed(Long id, String error) {
        OutboxMessage message = em.find(OutboxMessage.class, id);
        if (message != null) {
            Instant now = clock.instant();
            message.failed(error, Backoff.nextTry(message.getAttempts() + 1, now));
        }
    }
}
