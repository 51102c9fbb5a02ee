package app.soundpath.mail.boundary;

import app.soundpath.identity.entity.Slice;
import app.soundpath.mail.control.MailText;
import app.soundpath.mail.entity.OutboxMessage.State;
import app.soundpath.mail.entity.OutboxView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/** Backs {@code admin/outbox.xhtml}: every message, newest first, filterable by state; failed ones can be retried. */
@Named
@RequestScoped
public class OutboxPage {

    @Inject
    Outbox outbox;

    @Inject
    SmtpSessions smtp;

    private State state;
    private Long before;
    private Slice<OutboxView> messages;
    private Map<State, Long> counts;

    public void load() {
        messages = outbox.page(state, before);
        counts = outbox.counts();
    }

    public List<MailText.Part> parts(String text) {
        return MailText.parts(text);
    }

    public String getDelivery() { return smtp.describe(); }
    public State[] getStates() { return State.values(); }
    public Map<State, Long> getCounts() { return counts; }
    public Slice<OutboxView> getMessages() { return messages; }
    public State getState() { return state; }
    public void setState(State state) { this.state = state; }
    public Long getBefore() { return before; }
    public void setBefore(Long before) { this.before = before; }
}
