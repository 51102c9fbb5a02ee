package app.soundpath.identity.boundary;

import app.soundpath.identity.entity.AccountView;
import app.soundpath.identity.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/**
 * The signed-in person for this request, taken from the server-side security context only: never from a
 * form field or URL. Other features ask it for the caller's id before touching personal data.
 */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    @Inject
    AccountService accounts;

    private AccountView account;

    public boolean isSignedIn() {
        return id().isPresent();
    }

    /** The caller's account id, when someone is signed in. */
    public Optional<Long> id() {
        Principal principal = security.getCallerPrincipal();
        if (principal == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.valueOf(principal.getName()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
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
            account = accounts.account(requireId()).orElse(null);
        }
        return Optional.ofNullable(account);
    }

    public boolean isLearner() { return security.isCallerInRole(Role.Names.LEARNER); }
    public boolean isInstructor() { return security.isCallerInRole(Role.Names.INSTRUCTOR); }
    public boolean isAdmin() { return security.isCallerInRole(Role.Names.ADMIN); }
}
