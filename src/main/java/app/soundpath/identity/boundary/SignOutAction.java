package app.soundpath.identity.boundary;

import app.soundpath.platform.ClientAddress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import java.io.IOException;
import org.omnifaces.util.Faces;

/** The sign-out button in the page header: logs out, ends the session, says so. */
@Named
@RequestScoped
public class SignOutAction {

    @Inject
    AccountService accounts;

    @Inject
    CurrentUser currentUser;

    public void signOut() throws IOException, ServletException {
        currentUser.id().ifPresent(id -> accounts.signedOut(id, ClientAddress.of(Faces.getRequest())));
        Faces.getRequest().logout();
        Faces.invalidateSession();
        Faces.redirect(Faces.getRequestContextPath() + "/account/signed-out");
    }
}
