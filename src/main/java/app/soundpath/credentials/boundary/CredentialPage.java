package app.soundpath.credentials.boundary;

import app.soundpath.platform.PathPart;
import app.soundpath.credentials.entity.CredentialStatus;
import app.soundpath.credentials.entity.Verification;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;

/**
 * Backs {@code credentials.xhtml}: {@code /credentials/{id}}, the public page of one credential, checked on the server
 * at every view. Unknown (or hidden) credentials answer 404 with the same page, so an id tells nothing more than that.
 */
@Named
@RequestScoped
public class CredentialPage {

    @Inject
    @PathPart
    String id;

    @Inject
    CredentialService credentials;

    private Verification verification;

    public void load() {
        verification = credentials.publicView(id);
        if (verification.status() == CredentialStatus.UNKNOWN) {
            Faces.setResponseStatus(404);
        }
        Faces.addResponseHeader("Cache-Control", "no-store");
    }

    public Verification getVerification() { return verification; }
}
