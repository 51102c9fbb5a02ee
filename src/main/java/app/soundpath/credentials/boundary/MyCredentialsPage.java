package app.soundpath.credentials.boundary;

import app.soundpath.credentials.entity.CredentialInputException;
import app.soundpath.credentials.entity.CredentialView;
import app.soundpath.credentials.entity.RecipientKind;
import app.soundpath.platform.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** Backs {@code learn/credentials.xhtml}: the learner's credentials, downloads, share links, hiding, how they are named. */
@Named
@RequestScoped
public class MyCredentialsPage {

    @Inject
    CredentialService credentials;

    @Inject
    PublicAddress address;

    private List<CredentialView> mine;
    private RecipientKind recipientKind;
    private String selected;

    // Loaded before the forms are decoded, so each row's buttons exist for its postback.
    @PostConstruct
    void init() {
        mine = credentials.mine();
        recipientKind = credentials.recipientKind();
    }

    public void saveName() throws IOException {
        try {
            credentials.chooseRecipientKind(recipientKind);
            done("credentials.nameSaved");
        } catch (CredentialInputException e) {
            Messages.addError("name:recipientKind", Texts.of(e.key()));
        }
    }

    public void hide() throws IOException {
        credentials.hide(selected, true);
        done("credentials.hiddenDone");
    }

    public void show() throws IOException {
        credentials.hide(selected, false);
        done("credentials.shownDone");
    }

    private void done(String key) throws IOException {
        Messages.addFlashGlobalInfo(Texts.of(key));
        Faces.redirect(Faces.getRequestContextPath() + "/learn/credentials");
    }

    /** The address anyone can open to check a credential. */
    public String shareLink(String publicId) {
        return address.base() + "/credentials/" + publicId;
    }

    public List<CredentialView> getMine() { return mine; }
    public RecipientKind[] getRecipientKinds() { return RecipientKind.values(); }
    public RecipientKind getRecipientKind() { return recipientKind; }
    public void setRecipientKind(RecipientKind recipientKind) { this.recipientKind = recipientKind; }
    public String getSelected() { return selected; }
    public void setSelected(String selected) { this.selected = selected; }
}
