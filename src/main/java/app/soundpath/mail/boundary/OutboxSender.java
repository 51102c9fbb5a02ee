package app.soundpath.mail.boundary;

import app.soundpath.mail.entity.OutboxView;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers the outbox every 10 seconds: what is new, and what is due again after a failure. (Not from the commit
 * of the writing transaction: work started there, on another thread, inherited that request's open connections on
 * Payara 7 and closed them twice, which broke unrelated requests under load: PlatformIT caught it.)
 * Each message is taken in a short transaction of its own, sent outside any transaction (a slow SMTP server
 * never holds a database connection or a user's request), then marked sent, or given a later try with back-off.
 * SMTP being down fails nobody's request and loses nothing. With several nodes each message is still taken by
 * one sender only (the claim checks the row's version); the Message-ID is the outbox id, so in the rare case of
 * a node dying between handing a message over and marking it sent, the second copy carries the same id.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
    static final int BATCH = 50;

    @Inject
    OutboxClaims claims;

    @Inject
    SmtpSessions smtp;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false, info = "outbox")
    public void everyTenSeconds() {
        deliverDue();
    }

    /** Sends what is due. Calls that arrive while a run is going make it go round once more instead of waiting. */
    public void deliverDue() {
        Optional<Session> session = smtp.session();
        if (session.isEmpty()) {
            return;
        }
        again.set(true);
        while (again.getAndSet(false)) {
            if (!running.compareAndSet(false, true)) {
                again.set(true);
                return;
            }
            try {
                for (Long id : claims.due(BATCH)) {
                    claims.claim(id).ifPresent(message -> deliver(session.get(), message));
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Outbox run stopped early; the next run goes on", e);
            } finally {
                running.set(false);
            }
        }
    }

    private void deliver(Session session, OutboxView message) {
        try {
            Transport.send(mime(session, message));
            claims.sent(message.id());
        } catch (MessagingException | RuntimeException e) {
            String why = e.getClass().getSimpleName() + ": " + e.getMessage();
            LOG.log(Level.INFO, "Outbox message {0} to {1} not delivered: {2}",
                    new Object[] {message.id(), message.recipient(), why});
            claims.failed(message.id(), why);
        }
    }

    static MimeMessage mime(Session session, OutboxView message) throws MessagingException {
        MimeMessage mime = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", "<outbox-" + message.id() + "." + message.createdAt().toEpochMilli()
                        + "@soundpath>");
            }
        };
        String from = session.getProperty("mail.from");
        if (from != null) {
            mime.setFrom(new InternetAddress(from));
        }
        mime.setRecipient(Message.RecipientType.TO, new InternetAddress(message.recipient()));
        mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
        mime.setSentDate(new Date());
        if (message.unsubscribeUrl() != null) {
            mime.setHeader("List-Unsubscribe", "<" + message.unsubscribeUrl() + ">");
            mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        MimeBodyPart text = new MimeBodyPart();
        text.setText(message.text(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(message.html(), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternative = new MimeMultipart("alternative", text, html);
        mime.setContent(alternative);
        return mime;
    }
}
