package app.soundpath.identity.boundary;

import app.soundpath.identity.entity.Role;
import app.soundpath.identity.entity.SessionCaller;
import app.soundpath.platform.Problem;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * How Soundpath signs people in, with Jakarta Security: the sign-in page hands email and password to
 * {@code SecurityContext.authenticate}, which lands here and is checked by {@link AccountIdentityStore}. The
 * session then carries the caller as a {@link SessionCaller} (account id and roles), and every later request
 * re-establishes the container's caller from it. This replaces {@code @AutoApplySession} on purpose: the record
 * is ours, serialisable and replicated with the session, so a session that moves to another cluster member keeps
 * its roles (payara/Payara issue 6342), and pages can read it where Jakarta Security cannot be asked.
 * A protected page asked for while signed out sends the person to the sign-in page with the page to come back
 * to; a protected API call gets 401 JSON.
 */
@ApplicationScoped
@DeclareRoles({Role.Names.LEARNER, Role.Names.INSTRUCTOR, Role.Names.ADMIN})
public class SoundpathAuthentication implements HttpAuthenticationMechanism {

    public static final String SIGN_IN_PATH = "/account/sign-in";

    /** The session attribute that holds the {@link SessionCaller}. */
    static final String CALLER = SessionCaller.class.getName();

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    AccountService accounts;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                long accountId = Long.parseLong(result.getCallerPrincipal().getName());
                request.getSession(true).setAttribute(CALLER, new SessionCaller(accountId, result.getCallerGroups(),
                        accounts.sessionEpoch(accountId)));
            }
            return context.notifyContainerAboutLogin(result);
        }
        Optional<SessionCaller> caller = callerOf(request);
        if (caller.isPresent()) {
            return context.notifyContainerAboutLogin(
                    new CallerPrincipal(String.valueOf(caller.get().accountId())), caller.get().roles());
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return unauthorized(response);
        }
        String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
        return context.redirect(request.getContextPath() + SIGN_IN_PATH + "?next="
                + URLEncoder.encode(path + query, StandardCharsets.UTF_8));
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(CALLER);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    /** The caller this request's session carries, if anyone signed in to it (never creates a session). */
    static Optional<SessionCaller> callerOf(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        try {
            return session == null ? Optional.empty() : Optional.ofNullable((SessionCaller) session.getAttribute(CALLER));
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response) {
        try {
            response.setStatus(401);
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                    + "\"detail\":\"Sign in first: this part of the API belongs to a signed-in person.\"}");
            return AuthenticationStatus.SEND_FAILURE;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
