package app.soundpath.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Someone asked for a mail (a reset link, a new confirmation link): one row per subject, "email:&lt;address&gt;" or
 * "client:&lt;network address&gt;", so requests can be throttled per address and per client.
 */
@Entity
@Table(name = "mail_request")
@NamedQuery(name = MailRequest.COUNT_SINCE,
        query = "SELECT COUNT(r) FROM MailRequest r WHERE r.subject = :subject AND r.requestedAt >= :since")
public class MailRequest {

    public static final String COUNT_SINCE = "MailRequest.countSince";

    @Id
    @SequenceGenerator(name = "identity_seq", sequenceName = "identity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "identity_seq")
    private Long id;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    protected MailRequest() {
    }

    public MailRequest(String subject, Instant now) {
        this.subject = subject.length() > 300 ? subject.substring(0, 300) : subject;
        this.requestedAt = now;
    }

    public static String forEmail(String normalisedEmail) {
        return "email:" + normalisedEmail;
    }

    public static String forClient(String address) {
        return "client:" + address;
    }
}
