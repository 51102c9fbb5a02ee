package app.soundpath.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server for the tests (GreenMail on 127.0.0.1, on the free port the build reserves as test.smtpPort,
 * where the test server's SMTP_* settings point,
 * see arquillian.xml), and what a person does with the mail it receives: wait for it, read it, follow its link.
 */
public final class Mailbox implements AutoCloseable {

    static final ServerSetup SMTP = new ServerSetup(Integer.getInteger("test.smtpPort", 3025), "127.0.0.1",
            ServerSetup.PROTOCOL_SMTP);

    private final URL base;
    private GreenMail server;

    public Mailbox(URL base) {
        this.base = base;
        start();
    }

    /** Starts the SMTP server (again, after {@link #stop()}: SMTP comes back). */
    public void start() {
        server = new GreenMail(SMTP);
        server.start();
    }

    /** Stops the SMTP server: from now on the app's deliveries fail, as when the mail server is down. */
    public void stop() {
        server.stop();
    }

    @Override
    public void close() {
        server.stop();
    }

    /** The first message to the address whose subject contains the text, waiting up to a minute for it. */
    public MimeMessage await(String to, String subjectPart) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            for (MimeMessage m : to(to)) {
                if (subject(m).contains(subjectPart)) {
                    return m;
                }
            }
            deliverNow();
            Thread.sleep(300);
        }
        throw new AssertionError("No mail to " + to + " with '" + subjectPart + "'; its outbox rows: "
                + new WebSession(base).getJson("/api/test-data/outbox/of?to=" + to).body());
    }

    /** Every message received for the address so far. */
    public List<MimeMessage> to(String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> {
            try {
                for (Address a : m.getAllRecipients()) {
                    if (a.toString().equalsIgnoreCase(address)) {
                        return true;
                    }
                }
                return false;
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    /** Runs the app's outbox sender now (through the test-data door) instead of waiting for its next tick. */
    public void deliverNow() {
        WebSession session = new WebSession(base);
        session.send(HttpRequest.newBuilder(URI.create(session.root() + "/api/test-data/outbox/deliver"))
                .POST(HttpRequest.BodyPublishers.noBody()), "text/plain");
    }

    public static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            return "";
        }
    }

    /** The plain-text part. */
    public static String text(MimeMessage m) {
        return part(m, 0);
    }

    /** The HTML part. */
    public static String html(MimeMessage m) {
        return part(m, 1);
    }

    private static String part(MimeMessage m, int index) {
        try {
            return GreenMailUtil.getBody(((MimeMultipart) m.getContent()).getBodyPart(index))
                    .replace("=\r\n", "").replace("=3D", "=");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The absolute link in the text whose path contains the given part followed by a token. */
    public static String link(String text, String pathPart) {
        Matcher m = Pattern.compile("https?://\\S+" + Pattern.quote(pathPart) + "[A-Za-z0-9_-]{43}").matcher(text);
        assertThat(m.find()).as("a link with " + pathPart + " in:\n" + text).isTrue();
        return m.group();
    }

    /** The part of an absolute link to the app after the deployment root, for WebSession and Browser. */
    public String path(String url) {
        String contextPath = URI.create(base.toExternalForm()).getPath().replaceAll("/$", "");
        String path = URI.create(url).getRawPath();
        return path.substring(contextPath.length());
    }
}
