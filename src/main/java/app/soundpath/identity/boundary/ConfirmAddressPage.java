package app.soundpath.identity.boundary;

import app.soundpath.platform.PathPart;
import app.soundpath.identity.entity.ConfirmLinkInvalidException;
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
 * Backs {@code account/confirm.xhtml}: {@code /account/confirm/{token}}. Opening the link shows a button; the
 * address is confirmed when it is pressed, so a mail scanner that follows links changes nothing.
 */
@Named
@RequestScoped
public class ConfirmAddressPage {

    @Inject
    @PathPart
    String token;

    @Inject
    AccountService accounts;

    @Inject
    CurrentUser currentUser;

    private boolean failed;

    public void confirm() throws IOException {
        try {
            accounts.confirmAddress(token, ClientAddress.of(Faces.getRequest()), PublicAddress.of(Faces.getRequest()));
            Messages.addFlashGlobalInfo(Texts.of("confirm.done"));
            Faces.redirect(Faces.getRequestContextPath() + (currentUser.isSignedIn() ? "/account/me" : "/account/sign-in"));
        } catch (ConfirmLinkInvalidException e) {
            failed = true;
            Messages.addGlobalError(Texts.of(e.key()));
        }
    }

    /** Sends a new link to the signed-in person's address (from the banner every page shows until it is confirmed). */
    public void resend() throws IOException {
        accounts.resendConfirmation(currentUser.requireId(), ClientAddress.of(Faces.getRequest()),
                PublicAddress.of(Faces.getRequest()));
        Messages.addFlashGlobalInfo(Texts.of("confirm.resent"));
        Faces.redirect(Faces.getRequestURI());
    }

    public boolean isFailed() { return failed; }
}
