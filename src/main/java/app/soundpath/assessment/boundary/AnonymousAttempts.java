package app.soundpath.assessment.boundary;

import app.soundpath.identity.entity.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The attempts a visitor took in this browser before signing in, kept in the server-side session only (never
 * in a cookie or a form field, so nobody can name someone else's). At sign-in they become the account's.
 */
@RequestScoped
public class AnonymousAttempts {

    /** Session attribute holding the ids. */
    static final String ATTRIBUTE = "assessment.anonymousAttempts";

    // The request, not CDI's HttpSession bean: that bean would be kept in every session (and copied to the data grid
    // with it on each request), and reading the ids must not make a session for a visitor who has none.
    @Inject
    HttpServletRequest request;

    @Inject
    AssessmentService assessment;

    @SuppressWarnings("unchecked")
    public Set<Long> ids() {
        HttpSession session = request.getSession(false);
        Set<Long> ids = session == null ? null : (Set<Long>) session.getAttribute(ATTRIBUTE);
        return ids == null ? Set.of() : Set.copyOf(ids);
    }

    public void remember(Long attemptId) {
        Set<Long> updated = new LinkedHashSet<>(ids());
        updated.add(attemptId);
        request.getSession().setAttribute(ATTRIBUTE, updated);
    }

    void claim(@Observes SignedIn event) {
        Set<Long> ids = ids();
        if (!ids.isEmpty()) {
            assessment.claim(ids, event.accountId());
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.removeAttribute(ATTRIBUTE);
            }
        }
    }
}
