package app.soundpath.credentials.boundary;

import app.soundpath.credentials.control.CredentialRules;
import app.soundpath.credentials.entity.CredentialEventView;
import app.soundpath.credentials.entity.CredentialInputException;
import app.soundpath.credentials.entity.CredentialNotFoundException;
import app.soundpath.credentials.entity.CredentialView;
import app.soundpath.platform.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Backs {@code admin/credentials.xhtml}: find credentials (newest, by a person's name or e-mail, or by id), revoke one
 * with a reason ({@code ?revoke=<id>} opens its form), start a new signing key, and read the audit trail.
 */
@Named
@RequestScoped
public class AdminCredentialsPage {

    static final int LIMIT = 50;

    @Inject
    CredentialService credentials;

    @Inject
    @Param
    String q;

    /** The credential to revoke: from the address on GET, from the form's hidden field on its postback. */
    @Inject
    @Param
    String revoke;

    private String reason;
    private List<CredentialView> found;
    private CredentialView chosen;
    private List<CredentialEventView> events;
    private List<String> keyIds;
    private boolean keysFromEnvironment;

    // Loaded before the forms are decoded, so the revoke form exists for its postback.
    @PostConstruct
    void load() {
        found = credentials.recent(q, LIMIT);
        chosen = CredentialRules.isPublicId(revoke) ? credentials.recent(revoke, 1).stream().findFirst().orElse(null) : null;
        events = credentials.events(LIMIT);
        keyIds = credentials.keyIds();
        keysFromEnvironment = credentials.keysFromEnvironment();
    }

    public void revokeChosen() throws IOException {
        try {
            credentials.revoke(revoke, reason);
            Messages.addFlashGlobalInfo(Texts.of("credentials.revokedDone"));
            Faces.redirect(Faces.getRequestContextPath() + "/admin/credentials?q=" + revoke); // revoke is a checked UUID here
        } catch (CredentialInputException e) {
            Messages.addError("revoke:reason", Texts.of(e.key()));
        } catch (CredentialNotFoundException e) {
            Messages.addGlobalError(Texts.of(e.key()));
        }
    }

    public void addKey() throws IOException {
        String kid = credentials.addKey();
        Messages.addFlashGlobalInfo(Texts.of("credentials.keyAdded", kid));
        Faces.redirect(Faces.getRequestContextPath() + "/admin/credentials");
    }

    public String getQ() { return q; }
    public String getRevoke() { return revoke; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public List<CredentialView> getFound() { return found; }
    public CredentialView getChosen() { return chosen; }
    public List<CredentialEventView> getEvents() { return events; }
    public List<String> getKeyIds() { return keyIds; }
    public boolean isKeysFromEnvironment() { return keysFromEnvironment; }
}
