package app.soundpath.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** Recent failed sign-ins for one account or one client address. */
@Entity
@Table(name = "sign_in_throttle")
public class SignInThrottle {

    @Id
    @Column(length = 300)
    private String subject;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    @Version
    private long version;

    protected SignInThrottle() {
    }

    public SignInThrottle(String subject) {
        this.subject = subject;
    }

    /** Counts a failure; failures older than the forget-after window start a new count. */
    public void failed(Instant now, java.time.Duration forgetAfter) {
        if (lastFailureAt != null && lastFailureAt.plus(forgetAfter).isBefore(now)) {
            failures = 0;
        }
        failures++;
        lastFailureAt = now;
    }

    public String getSubject() { return subject; }
    public int getFailures() { return failures; }
    public Instant getLastFailureAt() { return lastFailureAt; }

    public static String forAccount(String email) {
        // Whatever was typed, the key fits the column: nothing longer than 254 characters is an account anyway.
        return "account:" + (email.length() > 254 ? email.substring(0, 254) : email);
    }

    public static String forAddress(String address) {
        return "address:" + address;
    }
}
