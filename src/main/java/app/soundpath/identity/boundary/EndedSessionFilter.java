package app.soundpath.identity.boundary;

import app.soundpath.identity.entity.AccountView;
import app.soundpath.identity.entity.SessionCaller;
import app.soundpath.platform.Problem;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;

/**
 * Ends a session whose account has ended all its sessions since it signed in (a password reset, a deactivation):
 * the account's session number went up. The request is answered as for someone signed out: 401 on the API, and
 * elsewhere the same address again (now anonymous, so a protected page asks them to sign in).
 * A filter, not part of {@link SoundpathAuthentication}: the check reads the account through the EJB container,
 * which belongs inside the web request, not in the security layer before it.
 */
@WebFilter(filterName = "EndedSession", urlPatterns = "/*")
public class EndedSessionFilter extends HttpFilter {

    @Inject
    AccountService accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<SessionCaller> caller = path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")
                ? Optional.empty() : SoundpathAuthentication.callerOf(request);
        if (caller.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<AccountView> account = accounts.sessionAccount(caller.get().accountId(), caller.get().sessionEpoch());
        if (account.isPresent()) {
            request.setAttribute(CurrentUser.ACCOUNT, account.get()); // the page's CurrentUser reads it from here
            chain.doFilter(request, response);
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalid) {
                // nothing left to end
            }
        }
        if (path.startsWith("/api/")) {
            response.setStatus(401);
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                    + "\"detail\":\"This session has ended: sign in again.\"}");
            return;
        }
        String again = "GET".equals(request.getMethod())
                ? request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString())
                : request.getContextPath() + SoundpathAuthentication.SIGN_IN_PATH;
        response.sendRedirect(again);
    }
}
