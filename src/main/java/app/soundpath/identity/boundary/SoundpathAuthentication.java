package app.soundpath.identity.boundary;

import app.soundpath.identity.entity.Role;
import app.soundpath.platform.Problem;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * How Soundpath signs people in, with Jakarta Security: the sign-in page hands email and password to
 * {@code SecurityContext.authenticate}, which lands here and is checked by {@link AccountIdentityStore}; the
 * session then remembers the caller ({@link AutoApplySession}). A protected page asked for while signed out
 * sends the person to the sign-in page with the page to come back to; a protected API call gets 401 JSON.
 */
@ApplicationScoped
@AutoApplySession
@DeclareRoles({Role.Names.LEARNER, Role.Names.INSTRUCTOR, Role.Names.ADMIN})
public class SoundpathAuthentication implements HttpAuthenticationMechanism {

    public static final String SIGN_IN_PATH = "/account/sign-in";

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return context.notifyContainerAboutLogin(identityStores.validate(credential));
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
