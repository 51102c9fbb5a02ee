package app.soundpath.identity.boundary;

import app.soundpath.platform.PathPart;
import app.soundpath.platform.ClientAddress;
import app.soundpath.platform.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Backs {@code account/unsubscribe.xhtml}: {@code /account/unsubscribe/{token}}, the link at the foot of every
 * reminder. One button, no sign-in; mail programs use the one-click POST of {@code UnsubscribeResource} instead.
 */
@Named
@RequestScoped
public class UnsubscribePage {

    @Inject
    @PathPart
    String token;

    @Inject
    AccountService accounts;

    private boolean done;

    public void unsubscribe() {
        if (accounts.unsubscribe(token, ClientAddress.of(Faces.getRequest()))) {
            done = true;
            Messages.addGlobalInfo(Texts.of("unsubscribe.done"));
        } else {
            Messages.addGlobalError(Texts.of("unsubscribe.unknown"));
        }
    }

    public boolean isDone() { return done; }
}
