package app.soundpath.identity.boundary;

import app.soundpath.identity.entity.AccountView;
import app.soundpath.identity.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import app.soundpath.identity.entity.SessionCaller;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * The signed-in person for this request, taken from the server side only (the {@link SessionCaller} that
 * {@link SoundpathAuthentication} keeps in the session and re-establishes the container's caller from): never
 * from a form field or URL. Other features ask it for the caller's id before touching personal data. It does not
 * ask Jakarta Security, which throws during an ERROR dispatch on Payara 7 (the friendly 404 page asks who is
 * signed in).
 */
@Named
@RequestScoped
public class CurrentUser {

    /** The request attribute under which {@link EndedSessionFilter} leaves the account it checked for this request. */
    static final String ACCOUNT = CurrentUser.class.getName() + ".account";

    @Inject
    HttpServletRequest request;

    @Inject
    Instance<AccountService> accounts; // resolved only when the filter left no account (an EJB reference costs a lookup)

    private AccountView account;

    public boolean isSignedIn() {
        return id().isPresent();
    }

    /** The caller's account id, when someone is signed in. */
    public Optional<Long> id() {
        return caller().map(SessionCaller::accountId);
    }

    private Optional<SessionCaller> caller() {
        return SoundpathAuthentication.callerOf(request);
    }

    /** The caller's account id; only for code that runs behind a security constraint. */
    public Long requireId() {
        return id().orElseThrow(() -> new IllegalStateException("No one is signed in"));
    }

    public String getDisplayName() {
        return account().map(AccountView::displayName).orElse("");
    }

    public Optional<AccountView> account() {
        if (account == null && isSignedIn()) {
            account = request.getAttribute(ACCOUNT) instanceof AccountView checked && checked.id().equals(requireId())
                    ? checked : accounts.get().account(requireId()).orElse(null);
        }
        return Optional.ofNullable(account);
    }

    /** False only for someone signed in whose address is not confirmed yet (every page shows a banner then). */
    public boolean isEmailConfirmed() {
        return account().map(AccountView::emailConfirmed).orElse(true);
    }

    /** Whether to ask "a weekly reminder?" (asked once, after the first completed lesson). */
    public boolean isRemindersNotAsked() {
        return account().map(a -> a.reminders() == app.soundpath.identity.entity.Reminders.NOT_ASKED).orElse(false);
    }

    public boolean isLearner() { return hasRole(Role.LEARNER); }
    public boolean isInstructor() { return hasRole(Role.INSTRUCTOR); }
    public boolean isAdmin() { return hasRole(Role.ADMIN); }

    private boolean hasRole(Role role) {
        return caller().filter(c -> c.hasRole(role)).isPresent();
    }
}
