package app.soundpath.identity.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** A person who can sign in. Never deleted: a deactivated account keeps its history. */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_IDS, query = "SELECT a FROM Account a WHERE a.id IN :ids")
@NamedQuery(name = Account.BY_UNSUBSCRIBE_TOKEN, query = "SELECT a FROM Account a WHERE a.unsubscribeToken = :token")
@NamedQuery(name = Account.REMINDER_RECIPIENTS, query = "SELECT a FROM Account a WHERE a.active = TRUE"
        + " AND a.emailConfirmedAt IS NOT NULL AND a.reminders = app.soundpath.identity.entity.Reminders.WEEKLY"
        + " AND a.lastSignInAt >= :activeSince AND a.id > :after ORDER BY a.id")
@NamedQuery(name = Account.BY_EMAIL, query = "SELECT a FROM Account a WHERE a.email = :email")
@NamedQuery(name = Account.COUNT_WITH_ROLE, query = "SELECT COUNT(a) FROM Account a JOIN a.roles r WHERE r = :role")
@NamedQuery(name = Account.SEARCH, query = "SELECT a FROM Account a WHERE (LOWER(a.email) LIKE :pattern ESCAPE '!'"
        + " OR LOWER(a.displayName) LIKE :pattern ESCAPE '!') AND a.email > :after ORDER BY a.email")
public class Account {

    public static final String BY_IDS = "Account.byIds";
    public static final String BY_EMAIL = "Account.byEmail";
    public static final String BY_UNSUBSCRIBE_TOKEN = "Account.byUnsubscribeToken";
    public static final String REMINDER_RECIPIENTS = "Account.reminderRecipients";
    public static final String COUNT_WITH_ROLE = "Account.countWithRole";
    public static final String SEARCH = "Account.search";
    public static final int EMAIL_MAX = 254;
    public static final int NAME_MAX = 80;

    @Id
    @SequenceGenerator(name = "identity_seq", sequenceName = "identity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "identity_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = EMAIL_MAX)
    private String email;

    @Column(name = "display_name", nullable = false, length = NAME_MAX)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 300)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    @Column(name = "email_confirmed_at")
    private Instant emailConfirmedAt;

    /** Goes up when every session of the account must end (a password reset, a deactivation). */
    @Column(name = "session_epoch", nullable = false)
    private int sessionEpoch;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Reminders reminders = Reminders.NOT_ASKED;

    @Column(name = "unsubscribe_token", length = 43)
    private String unsubscribeToken;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    @Version
    private long version;

    protected Account() {
    }

    /** A new learner. The email must already be normalised and the password hashed. */
    public static Account signUp(String email, String displayName, String passwordHash, Instant now) {
        Account account = new Account();
        account.email = email;
        account.displayName = displayName;
        account.passwordHash = passwordHash;
        account.createdAt = now;
        account.roles.add(Role.LEARNER);
        return account;
    }

    public void rename(String newName) {
        this.displayName = newName;
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    public void signedIn(Instant now) {
        this.lastSignInAt = now;
    }

    public boolean grant(Role role) {
        return roles.add(role);
    }

    public boolean revoke(Role role) {
        return roles.remove(role);
    }

    public void deactivate() {
        this.active = false;
        endSessions();
    }

    /** Every session signed in to this account ends at its next request. */
    public void endSessions() {
        this.sessionEpoch++;
    }

    public void confirmEmail(Instant now) {
        this.emailConfirmedAt = now;
    }

    /** A new address, confirmed by the link that was sent to it. */
    public void changeEmail(String newEmail, Instant now) {
        this.email = newEmail;
        this.emailConfirmedAt = now;
    }

    /** The learner's choice about weekly reminders; the unsubscribe token is made the first time they opt in. */
    public void chooseReminders(Reminders choice, String newUnsubscribeToken) {
        this.reminders = choice;
        if (choice == Reminders.WEEKLY && unsubscribeToken == null) {
            this.unsubscribeToken = newUnsubscribeToken;
        }
    }

    public void reactivate() {
        this.active = true;
    }

    public Long getId() { return id; }
    public String getEmail() { return email; }
    public String getDisplayName() { return displayName; }
    public String getPasswordHash() { return passwordHash; }
    public boolean isActive() { return active; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getLastSignInAt() { return lastSignInAt; }
    public Instant getEmailConfirmedAt() { return emailConfirmedAt; }
    public boolean isEmailConfirmed() { return emailConfirmedAt != null; }
    public int getSessionEpoch() { return sessionEpoch; }
    public Reminders getReminders() { return reminders; }
    public String getUnsubscribeToken() { return unsubscribeToken; }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
