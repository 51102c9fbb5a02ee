package app.soundpath.mail.boundary;

import app.soundpath.mail.control.SmtpSettings;
import app.soundpath.platform.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The Jakarta Mail session to send with: a Payara JavaMail resource named {@code mail/soundpath} when the server
 * has one ({@code create-javamail-resource} in a post-boot command file), else one made from the {@code SMTP_*}
 * settings; none when neither is given (the outbox keeps the messages for admins to read).
 */
@ApplicationScoped
public class SmtpSessions {

    static final String RESOURCE = "mail/soundpath";

    private volatile Optional<Session> session;

    /** The session, made once: settings do not change while the server runs. */
    public Optional<Session> session() {
        Optional<Session> made = session;
        if (made == null) {
            made = make();
            session = made;
        }
        return made;
    }

    private Optional<Session> make() {
        Optional<Session> resource = resource();
        if (resource.isPresent()) {
            return resource;
        }
        return SmtpSettings.from(Settings::value).map(settings -> Session.getInstance(settings.properties(),
                settings.user() == null ? null : new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(settings.user(), settings.password());
                    }
                }));
    }

    /** How mail leaves, in words, for the start-up log and the admins' outbox page. */
    public String describe() {
        if (resource().isPresent()) {
            return "the server's mail resource " + RESOURCE;
        }
        return SmtpSettings.from(Settings::value).map(SmtpSettings::toString)
                .orElse("no mail server yet (SMTP_HOST is not set), so every message stays here for admins to read");
    }

    private Optional<Session> resource() {
        try {
            return Optional.of((Session) new InitialContext().lookup(RESOURCE));
        } catch (NamingException | ClassCastException e) {
            return Optional.empty();
        }
    }
}
