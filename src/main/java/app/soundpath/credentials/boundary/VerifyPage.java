package app.soundpath.credentials.boundary;

import app.soundpath.credentials.entity.CredentialInputException;
import app.soundpath.credentials.entity.Verification;
import app.soundpath.platform.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;

/**
 * Backs {@code verify.xhtml}: anyone pastes a credential (the VC-JWT) and sees whether it is genuine. The answer is shown
 * on the page that was posted, without a redirect: checking changes nothing, and the JWT is too long for an address.
 */
@Named
@RequestScoped
public class VerifyPage {

    @Inject
    CredentialService credentials;

    private String jwt;
    private Verification result;

    public void verify() {
        try {
            result = credentials.verify(jwt);
        } catch (CredentialInputException e) {
            Messages.addError("verify:jwt", Texts.of(e.key()));
        }
    }

    public String getJwt() { return jwt; }
    public void setJwt(String jwt) { this.jwt = jwt; }
    public Verification getResult() { return result; }
}
