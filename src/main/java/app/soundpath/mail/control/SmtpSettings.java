package app.soundpath.mail.control;

import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * Where mail goes: {@code SMTP_HOST}, {@code SMTP_PORT} (587), {@code SMTP_USER}, {@code SMTP_PASSWORD},
 * {@code SMTP_FROM} and {@code SMTP_STARTTLS} (on unless "false"). No host means no SMTP: messages stay in the
 * outbox for admins to read.
 */
public record SmtpSettings(String host, int port, String user, String password, String from, boolean startTls) {

    public static final String DEFAULT_FROM = "Soundpath <no-reply@soundpath.invalid>";

    /** Reads the settings by name (system property or environment); empty when no host is given. */
    public static Optional<SmtpSettings> from(Function<String, Optional<String>> setting) {
        Optional<String> host = setting.apply("SMTP_HOST");
        if (host.isEmpty()) {
            return Optional.empty();
        }
        int port = setting.apply("SMTP_PORT").filter(p -> p.matches("\\d{1,5}")).map(Integer::parseInt)
                .filter(p -> p > 0 && p < 65536).orElse(587);
        return Optional.of(new SmtpSettings(host.get(), port, setting.apply("SMTP_USER").orElse(null),
                setting.apply("SMTP_PASSWORD").orElse(null), setting.apply("SMTP_FROM").orElse(DEFAULT_FROM),
                !setting.apply("SMTP_STARTTLS").map("false"::equalsIgnoreCase).orElse(false)));
    }

    /** The Jakarta Mail session properties for these settings. */
    public Properties properties() {
        Properties p = new Properties();
        p.setProperty("mail.transport.protocol", "smtp");
        p.setProperty("mail.smtp.host", host);
        p.setProperty("mail.smtp.port", String.valueOf(port));
        p.setProperty("mail.smtp.auth", String.valueOf(user != null));
        p.setProperty("mail.smtp.starttls.enable", String.valueOf(startTls));
        p.setProperty("mail.smtp.connectiontimeout", "10000");
        p.setProperty("mail.smtp.timeout", "20000");
        p.setProperty("mail.smtp.writetimeout", "20000");
        p.setProperty("mail.from", from);
        return p;
    }

    @Override
    public String toString() {
        return "smtp://" + (user == null ? "" : user + "@") + host + ":" + port + (startTls ? " (STARTTLS)" : "");
    }
}
