package app.soundpath.identity.boundary;

import app.soundpath.identity.entity.InvalidInputException;
import app.soundpath.identity.entity.PasswordRejectedException;
import app.soundpath.platform.ClientAddress;
import app.soundpath.platform.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** Backs {@code account/sign-up.xhtml}. The answer is the same whether or not the email was new. */
@Named
@RequestScoped
public class SignUpPage {

    @Inject
    AccountService accounts;

    private String name;
    private String email;
    private String password;

    public void signUp() throws IOException {
        try {
            accounts.signUp(email, name, password, ClientAddress.of(Faces.getRequest()),
                    app.soundpath.platform.PublicAddress.of(Faces.getRequest()));
            Messages.addFlashGlobalInfo(Texts.of("signup.done"));
            Faces.redirect(Faces.getRequestContextPath() + SoundpathAuthentication.SIGN_IN_PATH);
        } catch (InvalidInputException e) {
            Messages.addError("signup:" + e.field(), Texts.of(e.key()));
        } catch (PasswordRejectedException e) {
            Messages.addError("signup:password", Texts.of(e.key()));
        }
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
