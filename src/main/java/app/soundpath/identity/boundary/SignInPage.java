package app.soundpath.identity.boundary;

import java.time.Clock;
import app.soundpath.identity.control.LocalTarget;
import app.soundpath.identity.entity.SignInOutcome;
import app.soundpath.identity.entity.SignedIn;
import app.soundpath.platform.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** Backs {@code account/sign-in.xhtml}. */
@Named
@RequestScoped
public class SignInPage {

    @Inject
    Clock clock;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

    @Inject
    SecurityContext security;

    @Inject
    SignInAttempt attempt;

    @Inject
    DemoMode demoMode;

    @Inject
    Event<SignedIn> signedIn;

    private String email;
    private String password;
    private String next;

    public void signIn() throws IOException {
        HttpServletRequest request = Faces.getRequest();
        HttpServletResponse response = Faces.getResponse();
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(email == null ? "" : email, new Password(password == null ? "" : password)))
                .newAuthentication(true));
        switch (status) {
            case SUCCESS -> {
                request.changeSessionId(); // a new session id at sign-in: a planted one is worthless
                signedIn.fire(new SignedIn(attempt.outcome().accountId()));
                Faces.redirect(Faces.getRequestContextPath() + target());
            }
            case SEND_CONTINUE -> FacesContext.getCurrentInstance().responseComplete();
            default -> Messages.addGlobalError(failureText());
        }
    }

    private String failureText() {
        SignInOutcome outcome = attempt.outcome();
        if (outcome != null && outcome.status() == SignInOutcome.Status.REFUSED) {
            long minutes = Math.max(1, Duration.between(clock.instant(), outcome.retryAt()).toSeconds() / 60 + 1);
            return Texts.of("signin.refused", TIME.format(outcome.retryAt()), minutes);
        }
        return Texts.of("signin.invalid");
    }

    private String target() {
        return LocalTarget.isSafe(next) ? next : "/learn/";
    }

    public boolean isDemo() { return demoMode.isOn(); }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getNext() { return next; }
    public void setNext(String next) { this.next = next; }
}
