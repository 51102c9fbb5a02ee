package app.soundpath.identity.boundary;

import app.soundpath.identity.entity.Role;
import app.soundpath.identity.entity.SignInOutcome;
import app.soundpath.platform.ClientAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Collectors;

/** Jakarta Security's view of Soundpath accounts: email + password in, account id and roles out. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    AccountService accounts;

    @Inject
    SignInAttempt attempt;

    @Inject
    HttpServletRequest request;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        SignInOutcome outcome = accounts.signIn(credential.getCaller(), credential.getPasswordAsString(),
                ClientAddress.of(request));
        attempt.record(outcome);
        if (outcome.status() != SignInOutcome.Status.SIGNED_IN) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        // The principal's name is the account id: stable, and it reveals nothing in logs.
        return new CredentialValidationResult(new CallerPrincipal(String.valueOf(outcome.accountId())),
                outcome.roles().stream().map(Role::name).collect(Collectors.toSet()));
    }
}
