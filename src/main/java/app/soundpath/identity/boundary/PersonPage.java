package app.soundpath.identity.boundary;

import app.soundpath.platform.PathPart;
import app.soundpath.identity.entity.AccountView;
import app.soundpath.identity.entity.Role;
import app.soundpath.identity.entity.SecurityEventView;
import app.soundpath.identity.entity.SelfLockoutException;
import app.soundpath.platform.ClientAddress;
import app.soundpath.platform.NotFound;
import app.soundpath.platform.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** Backs {@code admin/person.xhtml}: {@code /admin/person/{id}}, one person's roles, status and reset link. */
@Named
@RequestScoped
public class PersonPage {

    @Inject
    @PathPart
    String id;

    @Inject
    AccountService accounts;

    @Inject
    CurrentUser currentUser;

    private AccountView person;
    private List<SecurityEventView> events;
    private Role role;

    // Loaded before the form is decoded, so the buttons a postback needs exist then too.
    @PostConstruct
    void init() {
        person = parsedId() == null ? null : accounts.account(parsedId()).orElse(null);
    }

    public void load() throws IOException {
        if (person == null) {
            NotFound.send();
            return;
        }
        events = accounts.securityLogOf(person.id());
    }

    public void grant() throws IOException {
        accounts.grant(currentUser.requireId(), parsedId(), role, address());
        done(Texts.of("people.granted", role.name().toLowerCase()));
    }

    public void revoke() throws IOException {
        act(() -> accounts.revoke(currentUser.requireId(), parsedId(), role, address()),
                Texts.of("people.revoked", role.name().toLowerCase()));
    }

    public void deactivate() throws IOException {
        act(() -> accounts.deactivate(currentUser.requireId(), parsedId(), address()), Texts.of("people.deactivated"));
    }

    public void reactivate() throws IOException {
        accounts.reactivate(currentUser.requireId(), parsedId(), address());
        done(Texts.of("people.reactivated"));
    }

    public void issueResetLink() throws IOException {
        String token = accounts.issueResetLink(currentUser.requireId(), parsedId(), address());
        String link = Faces.getRequestDomainURL() + Faces.getRequestContextPath() + "/account/reset/" + token;
        done(Texts.of("people.resetIssued", link));
    }

    private void act(Runnable action, String confirmation) throws IOException {
        try {
            action.run();
            done(confirmation);
        } catch (SelfLockoutException e) {
            Messages.addGlobalError(Texts.of(e.key()));
            events = accounts.securityLogOf(parsedId());
        }
    }

    private void done(String message) throws IOException {
        Messages.addFlashGlobalInfo(message);
        Faces.redirect(Faces.getRequestContextPath() + "/admin/person/" + parsedId());
    }

    private Long parsedId() {
        try {
            return id == null || id.length() > 18 ? null : Long.valueOf(id);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String address() {
        return ClientAddress.of(Faces.getRequest());
    }

    public AccountView getPerson() { return person; }
    public List<SecurityEventView> getEvents() { return events; }
    public Role[] getRoles() { return Role.values(); }
    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
    public boolean isSelf() { return person != null && person.id().equals(currentUser.requireId()); }
}
