package app.soundpath.identity.boundary;

import app.soundpath.identity.control.DisplayNames;
import app.soundpath.identity.control.EmailAddresses;
import app.soundpath.identity.control.PasswordHasher;
import app.soundpath.identity.control.PasswordPolicy;
import app.soundpath.identity.control.ResetTokens;
import app.soundpath.identity.control.ThrottlePolicy;
import app.soundpath.identity.control.AccountLetters;
import app.soundpath.identity.entity.AddressConfirmation;
import app.soundpath.identity.entity.ConfirmLinkInvalidException;
import app.soundpath.identity.entity.MailRequest;
import app.soundpath.identity.entity.ReminderRecipient;
import app.soundpath.identity.entity.Reminders;
import app.soundpath.identity.entity.TooManyRequestsException;
import app.soundpath.platform.LearnerStamps;
import app.soundpath.platform.Letter;
import app.soundpath.platform.Settings;
import jakarta.enterprise.event.Event;
import app.soundpath.identity.entity.Account;
import app.soundpath.identity.entity.AccountView;
import app.soundpath.identity.entity.CurrentPasswordWrongException;
import app.soundpath.identity.entity.InvalidInputException;
import app.soundpath.identity.entity.PasswordRejectedException;
import app.soundpath.identity.entity.PasswordReset;
import app.soundpath.identity.entity.ResetLinkInvalidException;
import app.soundpath.identity.entity.Role;
import app.soundpath.identity.entity.SecurityEvent;
import app.soundpath.identity.entity.SecurityEvent.Kind;
import app.soundpath.identity.entity.SecurityEventView;
import app.soundpath.identity.entity.SelfLockoutException;
import app.soundpath.identity.entity.SignInOutcome;
import app.soundpath.identity.entity.SignInThrottle;
import app.soundpath.identity.entity.Slice;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Identity's one façade. Who is acting always comes from the server side (the caller's id is passed by the
 * boundary from the authenticated principal, never from a form), and every change is logged in the same
 * transaction as the change itself.
 */
@Stateless
@PermitAll
public class AccountService {

    public static final Duration RESET_LINK_VALID_FOR = Duration.ofHours(24);
    /** A link a person asked for themselves (by email) is shorter-lived than one an admin hands over. */
    public static final Duration SELF_RESET_LINK_VALID_FOR = Duration.ofHours(1);
    /** Mail requests (reset links, new confirmation links) per address, and per client, in the last hour. */
    public static final int MAIL_REQUESTS_PER_ADDRESS = 3;
    static final int MAIL_REQUESTS_PER_CLIENT = Settings.value("SOUNDPATH_MAIL_CLIENT_LIMIT")
            .filter(v -> v.matches("\\d{1,6}")).map(Integer::parseInt).orElse(20);
    public static final int PAGE_SIZE = 25;

    private static final PasswordHasher HASHER = new PasswordHasher();
    // A hash to verify against when the email is unknown, so both cases cost the same time (no enumeration).
    private static final String DUMMY_HASH = HASHER.hash("soundpath-timing-equaliser");

    // Per-address steps can be raised where many honest people share one address (a school, a test suite).
    private static final ThrottlePolicy PER_ADDRESS = ThrottlePolicy.parse(System.getenv("SOUNDPATH_ADDRESS_THROTTLE"))
            .orElse(ThrottlePolicy.PER_ADDRESS);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<Letter> letters;

    @Inject
    LearnerStamps stamps;

    // ---- Sign-up and sign-in ------------------------------------------------------------------------------

    /**
     * Creates a learner account. When the address is taken nothing happens and the caller learns nothing:
     * the answer is the same either way, so sign-up cannot be used to find out who has an account.
     */
    public void signUp(String email, String displayName, String password, String address, String base) {
        String normalisedEmail = validEmail(email);
        String name = validName(displayName);
        PasswordPolicy.problem(password, normalisedEmail).ifPresent(key -> {
            throw new PasswordRejectedException(key);
        });
        String hash = HASHER.hash(password);
        if (findByEmail(normalisedEmail).isPresent()) {
            log(Kind.SIGN_UP, null, null, normalisedEmail, address, "refused: address already registered");
            return;
        }
        Account account = Account.signUp(normalisedEmail, name, hash, now());
        em.persist(account);
        em.flush();
        stamps.startFor(account.getId()); // their pages are kept per node from the first visit
        log(Kind.SIGN_UP, account.getId(), account.getId(), normalisedEmail, address, null);
        sendConfirmation(account, normalisedEmail, base, false);
    }

    /** Checks a sign-in. Throttled subjects are refused before the password is even looked at. */
    public SignInOutcome signIn(String email, String password, String address) {
        String normalisedEmail = EmailAddresses.normalise(email);
        Instant now = now();
        String accountKey = SignInThrottle.forAccount(normalisedEmail);
        String addressKey = SignInThrottle.forAddress(address);
        Optional<Instant> retryAt = later(retryAt(ThrottlePolicy.PER_ACCOUNT, accountKey, now),
                retryAt(PER_ADDRESS, addressKey, now));
        if (retryAt.isPresent()) {
            log(Kind.SIGN_IN_REFUSED, null, null, normalisedEmail, address, "throttled until " + retryAt.get());
            return SignInOutcome.refused(retryAt.get());
        }
        Optional<Account> found = findByEmail(normalisedEmail);
        // An absurdly long "password" is refused without hashing it: PBKDF2 on megabytes would be a free DoS.
        boolean plausible = password != null && password.length() <= PasswordPolicy.MAX_LENGTH * 8;
        boolean passwordMatches = plausible && HASHER.verify(password,
                found.map(Account::getPasswordHash).orElse(DUMMY_HASH));
        if (found.isEmpty() || !passwordMatches || !found.get().isActive()) {
            throttle(accountKey).failed(now, ThrottlePolicy.FORGET_AFTER);
            throttle(addressKey).failed(now, ThrottlePolicy.FORGET_AFTER);
            String why = found.isEmpty() ? "unknown email" : !passwordMatches ? "wrong password" : "account deactivated";
            log(Kind.SIGN_IN_FAILED, null, found.map(Account::getId).orElse(null), normalisedEmail, address, why);
            return SignInOutcome.invalid();
        }
        Account account = found.get();
        // The same person signing in from two places at once both update this row: read it again under a row lock
        // so the second waits for the first instead of failing on the version check (a 500, found by the benchmark).
        em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
        if (HASHER.needsUpgrade(account.getPasswordHash())) {
            account.changePasswordHash(HASHER.hash(password));
        }
        account.signedIn(now);
        forget(accountKey);
        log(Kind.SIGN_IN, account.getId(), account.getId(), normalisedEmail, address, null);
        return SignInOutcome.signedIn(account);
    }

    public void signedOut(Long accountId, String address) {
        String email = account(accountId).map(AccountView::email).orElse(null);
        log(Kind.SIGN_OUT, accountId, accountId, email, address, null);
    }

    // ---- The person's own account -------------------------------------------------------------------------

    public Optional<AccountView> account(Long id) {
        return Optional.ofNullable(id).map(i -> em.find(Account.class, i)).map(AccountView::of);
    }

    @RolesAllowed({Role.Names.LEARNER, Role.Names.INSTRUCTOR, Role.Names.ADMIN})
    public void rename(Long callerId, String displayName, String address) {
        String name = validName(displayName);
        Account account = existing(callerId);
        account.rename(name);
        log(Kind.NAME_CHANGED, callerId, callerId, account.getEmail(), address, null);
    }

    @RolesAllowed({Role.Names.LEARNER, Role.Names.INSTRUCTOR, Role.Names.ADMIN})
    public void changePassword(Long callerId, String currentPassword, String newPassword, String address) {
        Account account = existing(callerId);
        if (!HASHER.verify(currentPassword == null ? "" : currentPassword, account.getPasswordHash())) {
            throw new CurrentPasswordWrongException();
        }
        PasswordPolicy.problem(newPassword, account.getEmail()).ifPresent(key -> {
            throw new PasswordRejectedException(key);
        });
        account.changePasswordHash(HASHER.hash(newPassword));
        log(Kind.PASSWORD_CHANGED, callerId, callerId, account.getEmail(), address, null);
    }

    // ---- Reset links ----------------------------------------------------------------------------------------

    /** Issues a one-time reset link token for someone; the plain token is returned once and never stored. */
    @RolesAllowed(Role.Names.ADMIN)
    public String issueResetLink(Long adminId, Long accountId, String address) {
        Account account = existing(accountId);
        String token = ResetTokens.newToken();
        em.persist(new PasswordReset(accountId, ResetTokens.hash(token), adminId, now(), RESET_LINK_VALID_FOR));
        log(Kind.RESET_LINK_ISSUED, adminId, accountId, account.getEmail(), address, "valid for 24 hours");
        return token;
    }

    /** Whether the token opens a usable link (for showing the form or a clear "link expired" page). */
    public boolean isResetLinkUsable(String token) {
        return ResetTokens.isWellFormed(token) && resetFor(token).map(r -> r.isUsable(now())).orElse(false);
    }

    public void resetPassword(String token, String newPassword, String address) {
        if (!ResetTokens.isWellFormed(token)) {
            throw new ResetLinkInvalidException();
        }
        PasswordReset reset = resetFor(token).filter(r -> r.isUsable(now())).orElseThrow(ResetLinkInvalidException::new);
        em.lock(reset, LockModeType.PESSIMISTIC_WRITE);
        if (!reset.isUsable(now())) {
            throw new ResetLinkInvalidException();
        }
        Account account = existing(reset.getAccountId());
        PasswordPolicy.problem(newPassword, account.getEmail()).ifPresent(key -> {
            throw new PasswordRejectedException(key);
        });
        account.changePasswordHash(HASHER.hash(newPassword));
        account.endSessions();
        reset.use(now());
        forget(SignInThrottle.forAccount(account.getEmail()));
        log(Kind.PASSWORD_RESET, null, account.getId(), account.getEmail(), address, "every session ended");
    }

    // ---- Sessions ---------------------------------------------------------------------------------------------

    /** The number a new session of this account starts with (see {@link Account#endSessions()}). */
    public int sessionEpoch(Long accountId) {
        Account account = accountId == null ? null : em.find(Account.class, accountId);
        return account == null ? 0 : account.getSessionEpoch();
    }

    /**
     * The account of a session signed in with this number, when the session may go on: the account is active and no
     * reset ended it since. One call a request (the filter keeps the answer for the page), from the shared cache,
     * without a transaction.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<AccountView> sessionAccount(Long accountId, int epoch) {
        Account account = accountId == null ? null : em.find(Account.class, accountId);
        return account != null && account.isActive() && account.getSessionEpoch() == epoch
                ? Optional.of(AccountView.of(account)) : Optional.empty();
    }

    // ---- Email: self-service reset links, confirmed addresses, reminders ------------------------------------------

    /**
     * Someone asks for a reset link for an address. The answer (none) and the work done are the same whether or
     * not the address has an account, so this cannot be used to find out who has one. Too many requests for one
     * address in an hour are dropped silently; too many from one client are refused (that says nothing about
     * accounts).
     */
    public void requestReset(String email, String address, String base) {
        String normalisedEmail = EmailAddresses.normalise(email);
        if (normalisedEmail.isEmpty()) {
            throw new InvalidInputException("email", "email.required");
        }
        if (!EmailAddresses.isValid(normalisedEmail)) {
            throw new InvalidInputException("email", normalisedEmail.length() > EmailAddresses.MAX_LENGTH
                    ? "email.tooLong" : "email.invalid");
        }
        boolean addressAllowed = allowMailRequest(normalisedEmail, address);
        String token = ResetTokens.newToken();
        Optional<Account> found = findByEmail(normalisedEmail).filter(Account::isActive);
        if (found.isPresent() && addressAllowed) {
            Account account = found.get();
            em.persist(new PasswordReset(account.getId(), ResetTokens.hash(token), null, now(), SELF_RESET_LINK_VALID_FOR));
            letters.fire(AccountLetters.reset(normalisedEmail, account.getDisplayName(), base, token,
                    SELF_RESET_LINK_VALID_FOR));
        }
        log(Kind.RESET_REQUESTED, null, found.map(Account::getId).orElse(null), normalisedEmail, address,
                found.isEmpty() ? "no active account with this address: nothing sent"
                        : addressAllowed ? "link sent, valid for 1 hour" : "too many requests for this address: nothing sent");
    }

    /** A new confirmation link for the caller's own address (or the new address they asked for). */
    @RolesAllowed({Role.Names.LEARNER, Role.Names.INSTRUCTOR, Role.Names.ADMIN})
    public void resendConfirmation(Long callerId, String address, String base) {
        Account account = existing(callerId);
        if (account.isEmailConfirmed()) {
            return;
        }
        if (allowMailRequest(account.getEmail(), address)) {
            sendConfirmation(account, account.getEmail(), base, false);
        }
    }

    /**
     * The caller wants another address. Nothing changes yet: a link goes to the new address, and the old one is
     * replaced (and told) only when that link is opened. A taken address gets the same answer and no mail.
     */
    @RolesAllowed({Role.Names.LEARNER, Role.Names.INSTRUCTOR, Role.Names.ADMIN})
    public void requestEmailChange(Long callerId, String currentPassword, String newEmail, String address, String base) {
        Account account = existing(callerId);
        String normalised = validEmail(newEmail);
        if (!HASHER.verify(currentPassword == null ? "" : currentPassword, account.getPasswordHash())) {
            throw new CurrentPasswordWrongException();
        }
        if (normalised.equals(account.getEmail())) {
            throw new InvalidInputException("newEmail", "email.same");
        }
        if (!allowMailRequest(normalised, address)) {
            return;
        }
        log(Kind.EMAIL_CHANGE_REQUESTED, callerId, callerId, account.getEmail(), address, "to " + normalised);
        if (findByEmail(normalised).isEmpty()) {
            sendConfirmation(account, normalised, base, true);
        }
    }

    /**
     * Opens a confirmation link: confirms the account's address, or, for a new address, makes it the account's
     * address and tells the old one. Answers the account's display name for the page.
     */
    public String confirmAddress(String token, String address, String base) {
        if (!ResetTokens.isWellFormed(token)) {
            throw new ConfirmLinkInvalidException();
        }
        AddressConfirmation confirmation = em.createNamedQuery(AddressConfirmation.BY_TOKEN_HASH, AddressConfirmation.class)
                .setParameter("hash", ResetTokens.hash(token)).getResultStream().findFirst()
                .filter(c -> c.isUsable(now())).orElseThrow(ConfirmLinkInvalidException::new);
        em.lock(confirmation, LockModeType.PESSIMISTIC_WRITE);
        if (!confirmation.isUsable(now())) {
            throw new ConfirmLinkInvalidException();
        }
        Account account = existing(confirmation.getAccountId());
        em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
        confirmation.use(now());
        if (confirmation.getEmail().equals(account.getEmail())) {
            if (!account.isEmailConfirmed()) {
                account.confirmEmail(now());
                log(Kind.ADDRESS_CONFIRMED, account.getId(), account.getId(), account.getEmail(), address, null);
            }
            return account.getDisplayName();
        }
        if (findByEmail(confirmation.getEmail()).isPresent()) {
            throw new ConfirmLinkInvalidException();
        }
        String oldEmail = account.getEmail();
        account.changeEmail(confirmation.getEmail(), now());
        em.flush(); // the unique address constraint speaks now, inside this request
        log(Kind.EMAIL_CHANGED, account.getId(), account.getId(), confirmation.getEmail(), address, "from " + oldEmail);
        letters.fire(AccountLetters.addressChanged(oldEmail, account.getDisplayName(), base));
        return account.getDisplayName();
    }

    /** The caller's answer to "a weekly reminder?". */
    @RolesAllowed({Role.Names.LEARNER, Role.Names.INSTRUCTOR, Role.Names.ADMIN})
    public void chooseReminders(Long callerId, boolean weekly, String address) {
        Account account = existing(callerId);
        Reminders choice = weekly ? Reminders.WEEKLY : Reminders.NONE;
        if (account.getReminders() != choice) {
            account.chooseReminders(choice, ResetTokens.newToken());
            log(Kind.REMINDERS_CHANGED, callerId, callerId, account.getEmail(), address, choice.name());
        }
    }

    /** The one-click unsubscribe link of a reminder: no sign-in needed, the token is the proof. */
    public boolean unsubscribe(String token, String address) {
        if (!ResetTokens.isWellFormed(token)) {
            return false;
        }
        Optional<Account> found = em.createNamedQuery(Account.BY_UNSUBSCRIBE_TOKEN, Account.class)
                .setParameter("token", token).getResultStream().findFirst();
        found.filter(a -> a.getReminders() == Reminders.WEEKLY).ifPresent(a -> {
            a.chooseReminders(Reminders.NONE, null);
            log(Kind.REMINDERS_CHANGED, null, a.getId(), a.getEmail(), address, "NONE (unsubscribe link)");
        });
        return found.isPresent();
    }

    /**
     * Who gets a weekly reminder: active, confirmed, opted in and signed in within the last 60 days; a page at a time
     * after the given id.
     */
    public List<ReminderRecipient> reminderRecipients(Long after, int max) {
        return em.createNamedQuery(Account.REMINDER_RECIPIENTS, Account.class)
                .setParameter("activeSince", now().minus(Duration.ofDays(60)))
                .setParameter("after", after == null ? 0L : after).setMaxResults(max).getResultStream()
                .map(a -> new ReminderRecipient(a.getId(), a.getEmail(), a.getDisplayName(), a.getUnsubscribeToken()))
                .toList();
    }

    private void sendConfirmation(Account account, String email, String base, boolean newAddress) {
        String token = ResetTokens.newToken();
        em.persist(new AddressConfirmation(account.getId(), email, ResetTokens.hash(token), now()));
        letters.fire(newAddress ? AccountLetters.confirmNewAddress(email, account.getDisplayName(), base, token)
                : AccountLetters.confirm(email, account.getDisplayName(), base, token));
    }

    /**
     * Records a mail request and says whether the address may get another mail this hour; throws when the
     * client asked too often (whatever the address).
     */
    private boolean allowMailRequest(String normalisedEmail, String address) {
        Instant now = now();
        Instant hourAgo = now.minus(Duration.ofHours(1));
        String client = MailRequest.forClient(address);
        if (countSince(client, hourAgo) >= MAIL_REQUESTS_PER_CLIENT) {
            throw new TooManyRequestsException();
        }
        String perAddress = MailRequest.forEmail(normalisedEmail);
        boolean allowed = countSince(perAddress, hourAgo) < MAIL_REQUESTS_PER_ADDRESS;
        em.persist(new MailRequest(client, now));
        em.persist(new MailRequest(perAddress, now));
        return allowed;
    }

    private long countSince(String subject, Instant since) {
        return em.createNamedQuery(MailRequest.COUNT_SINCE, Long.class).setParameter("subject", subject)
                .setParameter("since", since).getSingleResult();
    }

    // ---- Administration -------------------------------------------------------------------------------------

    /** People whose name or email contains the query, by email, a page at a time after the given email. */
    @RolesAllowed(Role.Names.ADMIN)
    public Slice<AccountView> people(String query, String after) {
        String pattern = "%" + likeEscaped(query == null ? "" : query.strip().toLowerCase()) + "%";
        List<AccountView> rows = em.createNamedQuery(Account.SEARCH, Account.class)
                .setParameter("pattern", pattern)
                .setParameter("after", after == null ? "" : after)
                .setMaxResults(PAGE_SIZE + 1)
                .getResultStream().map(AccountView::of).toList();
        boolean more = rows.size() > PAGE_SIZE;
        List<AccountView> page = more ? rows.subList(0, PAGE_SIZE) : rows;
        return new Slice<>(page, more ? page.get(page.size() - 1).email() : null);
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void grant(Long adminId, Long accountId, Role role, String address) {
        Account account = existing(accountId);
        if (account.grant(role)) {
            log(Kind.ROLE_GRANTED, adminId, accountId, account.getEmail(), address, role.name());
        }
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void revoke(Long adminId, Long accountId, Role role, String address) {
        if (adminId.equals(accountId) && role == Role.ADMIN) {
            throw new SelfLockoutException();
        }
        Account account = existing(accountId);
        if (account.revoke(role)) {
            log(Kind.ROLE_REMOVED, adminId, accountId, account.getEmail(), address, role.name());
        }
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void deactivate(Long adminId, Long accountId, String address) {
        if (adminId.equals(accountId)) {
            throw new SelfLockoutException();
        }
        Account account = existing(accountId);
        account.deactivate();
        log(Kind.DEACTIVATED, adminId, accountId, account.getEmail(), address, null);
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void reactivate(Long adminId, Long accountId, String address) {
        Account account = existing(accountId);
        account.reactivate();
        log(Kind.REACTIVATED, adminId, accountId, account.getEmail(), address, null);
    }

    /** The security log, newest first, a page at a time before the given event id; optionally one kind only. */
    @RolesAllowed(Role.Names.ADMIN)
    public Slice<SecurityEventView> securityLog(Kind kind, Long before) {
        var query = kind == null
                ? em.createNamedQuery(SecurityEvent.PAGE, SecurityEvent.class)
                : em.createNamedQuery(SecurityEvent.PAGE_OF_KIND, SecurityEvent.class).setParameter("kind", kind);
        List<SecurityEventView> rows = query.setParameter("before", before == null ? Long.MAX_VALUE : before)
                .setMaxResults(PAGE_SIZE + 1).getResultStream().map(SecurityEventView::of).toList();
        boolean more = rows.size() > PAGE_SIZE;
        List<SecurityEventView> page = more ? rows.subList(0, PAGE_SIZE) : rows;
        return new Slice<>(page, more ? String.valueOf(page.get(page.size() - 1).id()) : null);
    }

    @RolesAllowed(Role.Names.ADMIN)
    public List<SecurityEventView> securityLogOf(Long accountId) {
        return em.createNamedQuery(SecurityEvent.OF_SUBJECT, SecurityEvent.class).setParameter("subject", accountId)
                .setMaxResults(50).getResultStream().map(SecurityEventView::of).toList();
    }

    // ---- For other features: who is who --------------------------------------------------------------------------

    /** The active instructor with that email, if there is one (authoring adds co-instructors by email). */
    @RolesAllowed({Role.Names.INSTRUCTOR, Role.Names.ADMIN})
    public Optional<AccountView> activeInstructor(String email) {
        String normalised = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        return findByEmail(normalised).filter(Account::isActive).map(AccountView::of).filter(AccountView::instructor);
    }

    /** Accounts by id, for showing names beside ids in one query (audit logs, owner lists). */
    @RolesAllowed({Role.Names.INSTRUCTOR, Role.Names.ADMIN})
    public Map<Long, AccountView> accounts(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createNamedQuery(Account.BY_IDS, Account.class).setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(Account::getId, AccountView::of));
    }

    // ---- Start-up: first admin and demo accounts ------------------------------------------------------------

    public boolean anyAdmin() {
        return em.createNamedQuery(Account.COUNT_WITH_ROLE, Long.class).setParameter("role", Role.ADMIN)
                .getSingleResult() > 0;
    }

    /** Creates an account with the given roles unless the email is taken (used at start-up only). */
    public boolean createIfAbsent(String email, String displayName, String password, Role... roles) {
        String normalisedEmail = validEmail(email);
        if (findByEmail(normalisedEmail).isPresent()) {
            return false;
        }
        PasswordPolicy.problem(password, normalisedEmail).ifPresent(key -> {
            throw new PasswordRejectedException(key);
        });
        Account account = Account.signUp(normalisedEmail, validName(displayName), HASHER.hash(password), now());
        for (Role role : roles) {
            account.grant(role);
        }
        account.confirmEmail(now()); // made by the server from its own settings: nobody to send a link to
        em.persist(account);
        em.flush();
        stamps.startFor(account.getId());
        log(Kind.ACCOUNT_CREATED, null, account.getId(), normalisedEmail, "server", "at start-up");
        return true;
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private Optional<Account> findByEmail(String normalisedEmail) {
        return em.createNamedQuery(Account.BY_EMAIL, Account.class).setParameter("email", normalisedEmail)
                .getResultStream().findFirst();
    }

    private Account existing(Long id) {
        Account account = id == null ? null : em.find(Account.class, id);
        if (account == null) {
            throw new InvalidInputException("account", "people.unknown");
        }
        return account;
    }

    private Optional<PasswordReset> resetFor(String token) {
        return em.createNamedQuery(PasswordReset.BY_TOKEN_HASH, PasswordReset.class)
                .setParameter("hash", ResetTokens.hash(token)).getResultStream().findFirst();
    }

    private Optional<Instant> retryAt(ThrottlePolicy policy, String subject, Instant now) {
        SignInThrottle throttle = em.find(SignInThrottle.class, subject);
        return throttle == null ? Optional.empty()
                : policy.retryAt(throttle.getFailures(), throttle.getLastFailureAt(), now);
    }

    private void forget(String subject) {
        SignInThrottle throttle = em.find(SignInThrottle.class, subject);
        if (throttle != null) {
            em.remove(throttle);
        }
    }

    private SignInThrottle throttle(String subject) {
        SignInThrottle throttle = em.find(SignInThrottle.class, subject);
        if (throttle == null) {
            throttle = new SignInThrottle(subject);
            em.persist(throttle);
        }
        return throttle;
    }

    private static Optional<Instant> later(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() || a.get().isAfter(b.get()) ? a : b;
    }

    private static String validEmail(String email) {
        String normalised = EmailAddresses.normalise(email);
        if (normalised.isEmpty()) {
            throw new InvalidInputException("email", "email.required");
        }
        if (!EmailAddresses.isValid(normalised)) {
            throw new InvalidInputException("email", normalised.length() > EmailAddresses.MAX_LENGTH
                    ? "email.tooLong" : "email.invalid");
        }
        return normalised;
    }

    private static String validName(String displayName) {
        String name = DisplayNames.normalise(displayName);
        DisplayNames.problem(name).ifPresent(key -> {
            throw new InvalidInputException("name", key);
        });
        return name;
    }

    private static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private void log(Kind kind, Long actorId, Long subjectId, String email, String address, String detail) {
        em.persist(new SecurityEvent(now(), kind, actorId, subjectId, email, address, detail));
    }

    private Instant now() {
        return clock.instant();
    }
}
