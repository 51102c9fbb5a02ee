package app.soundpath.identity.boundary;

import app.soundpath.identity.entity.SecurityEvent;
import app.soundpath.identity.entity.SecurityEventView;
import app.soundpath.identity.entity.Slice;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Backs {@code admin/security-log.xhtml}: sign-ins, failures, role changes … newest first, filterable by kind. */
@Named
@RequestScoped
public class SecurityLogPage {

    @Inject
    AccountService accounts;

    private SecurityEvent.Kind kind;
    private Long before;
    private Slice<SecurityEventView> events;

    public void load() {
        events = accounts.securityLog(kind, before);
    }

    public SecurityEvent.Kind[] getKinds() { return SecurityEvent.Kind.values(); }
    public Slice<SecurityEventView> getEvents() { return events; }
    public SecurityEvent.Kind getKind() { return kind; }
    public void setKind(SecurityEvent.Kind kind) { this.kind = kind; }
    public Long getBefore() { return before; }
    public void setBefore(Long before) { this.before = before; }
}
