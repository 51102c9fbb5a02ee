package app.soundpath.credentials.boundary;

import app.soundpath.credentials.entity.CredentialView;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Backs the dashboard's credentials panel ({@code WEB-INF/includes/newest-credential.xhtml}): the newest one earned. */
@Named
@RequestScoped
public class NewestCredential {

    @Inject
    CredentialService credentials;

    private CredentialView newest;

    @PostConstruct
    void init() {
        newest = credentials.newest().orElse(null);
    }

    public CredentialView getNewest() { return newest; }
}
