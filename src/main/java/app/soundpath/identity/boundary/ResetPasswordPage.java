package app.soundpath.identity.boundary;

import app.soundpath.platform.PathPart;
import app.soundpath.identity.entity.PasswordRejectedException;
import app.soundpath.identity.entity.ResetLinkInvalidException;
import app.soundpath.platform.ClientAddress;
import app.soundpath.platform.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** Backs {@code account/reset.xhtml}: {@code /account/reset/{token}}, choosing a new password from a reset link. */
@Named
@RequestScoped
public class ResetPasswordPage {

    @Inject
    @PathPart
    String token;

    @Inject
    AccountService accounts;

    private boolean usable;
    private String newPassword;

    // Decided before the form is decoded: the form only exists (and so only posts) while the link is usable.
    @PostConstruct
    void init() {
        usable = accounts.isResetLinkUsable(token);
    }

    public void reset() throws IOException {
        try {
            accounts.resetPassword(token, newPassword, ClientAddress.of(Faces.getRequest()));
            Messages.addFlashGlobalInfo(Texts.of("reset.done"));
            Faces.redirect(Faces.getRequestContextPath() + SoundpathAuthentication.SIGN_IN_PATH);
        } catch (PasswordRejectedException e) {
            Messages.addError("reset:password", Texts.of(e.key()));
        } catch (ResetLinkInvalidException e) {
            usable = false;
            Messages.addGlobalError(Texts.of(e.key()));
        }
    }

    public boolean isUsable() { return usable; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
}
