package app.soundpath.mail.boundary;

import app.soundpath.identity.entity.Role;
import app.soundpath.identity.entity.Slice;
import app.soundpath.mail.control.MailBody;
import app.soundpath.mail.entity.OutboxMessage;
import app.soundpath.mail.entity.OutboxMessage.State;
import app.soundpath.mail.entity.OutboxView;
import app.soundpath.platform.Letter;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outbox: every {@link Letter} a feature fires is written here in the firing transaction (so a message exists
 * exactly when the change that caused it does, and a rolled-back change sends nothing). {@link OutboxSender}
 * delivers them afterwards. Admins read and retry them at {@code /admin/outbox}.
 */
@Stateless
@PermitAll
public class Outbox {

    public static final int PAGE_SIZE = 25;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Writes the letter in the caller's transaction; there must be one. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void write(@Observes Letter letter) {
        String html = MailBody.html(letter.subject(), letter.text(), letter.unsubscribeUrl());
        em.persist(new OutboxMessage(clock.instant(), letter.kind(), letter.recipient(), letter.subject(),
                letter.text(), html, letter.unsubscribeUrl()));
    }

    @RolesAllowed(Role.Names.ADMIN)
    public Slice<OutboxView> page(State state, Long before) {
        var query = state == null
                ? em.createNamedQuery(OutboxMessage.PAGE, OutboxMessage.class)
                : em.createNamedQuery(OutboxMessage.PAGE_IN_STATE, OutboxMessage.class).setParameter("state", state);
        List<OutboxView> rows = query.setParameter("before", before == null ? Long.MAX_VALUE : before)
                .setMaxResults(PAGE_SIZE + 1).getResultStream().map(OutboxView::of).toList();
        boolean more = rows.size() > PAGE_SIZE;
        List<OutboxView> page = more ? rows.subList(0, PAGE_SIZE) : rows;
        return new Slice<>(page, more ? String.valueOf(page.get(page.size() - 1).id()) : null);
    }

    /** How many messages are in each state, in one query. */
    @RolesAllowed(Role.Names.ADMIN)
    public Map<State, Long> counts() {
        Map<State, Long> counts = new EnumMap<>(State.class);
        for (State state : State.values()) {
            counts.put(state, 0L);
        }
        em.createNamedQuery(OutboxMessage.COUNT_BY_STATE, Object[].class).getResultStream()
                .forEach(row -> counts.put((State) row[0], (Long) row[1]));
        return counts;
    }

    @RolesAllowed(Role.Names.ADMIN)
    public Optional<OutboxView> message(Long id) {
        return Optional.ofNullable(id).map(i -> em.find(OutboxMessage.class, i)).map(OutboxView::of);
    }

    /** Puts a failed message back in the queue; anything else is left as it is. Answers whether it was failed. */
    @RolesAllowed(Role.Names.ADMIN)
    public boolean retry(Long id) {
        OutboxMessage message = id == null ? null : em.find(OutboxMessage.class, id);
        if (message == null || message.getState() != State.FAILED) {
            return false;
        }
        message.retry(clock.instant());
        return true;
    }
}
