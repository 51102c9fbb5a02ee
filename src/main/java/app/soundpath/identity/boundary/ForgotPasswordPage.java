package app.soundpath.identity.boundary;

import app.soundpath.identity.entity.InvalidInputException;
import app.soundpath.identity.entity.TooManyRequestsException;
import app.soundpath.platform.ClientAddress;
import app.soundpath.platform.PublicAddress;
import app.soundpath.platform.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Backs {@code account/forgot.xhtml}: asks for an address and always answers the same way, whether or not it has
 * an account, so the page cannot be used to find out who has one.
 */
@Named
@RequestScoped
public class ForgotPasswordPage {

    @Inject
    AccountService accounts;

    private String email;

    public void send() throws IOException {
        try {
            accounts.requestReset(email, ClientAddress.of(Faces.getRequest()), PublicAddress.of(Faces.getRequest()));
            Messages.addFlashGlobalInfo(Texts.of("forgot.sent"));
            Faces.redirect(Faces.getRequestContextPath() + "/account/forgot?sent=true");
        } catch (InvalidInputException e) {
            Messages.addError("forgot:email", Texts.of(e.key()));
        } catch (TooManyRequestsException e) {
            Messages.addGlobalError(Texts.of(e.key()));
        }
    }

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
}
