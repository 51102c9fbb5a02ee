package app.soundpath.identity.boundary;

import app.soundpath.platform.ClientAddress;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * The sign-out button in the page header, a plain HTML form posted here: logs out, ends the session, says so. Not a
 * Faces form, so the header of every signed-in page renders no form component and no view state (issue 14). A post
 * from another site is refused before it gets here ({@code SameOriginFilter}); GET is not allowed.
 */
@WebServlet("/account/sign-out")
public class SignOutServlet extends HttpServlet {

    @Inject
    AccountService accounts;

    @Inject
    CurrentUser currentUser;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        currentUser.id().ifPresent(id -> accounts.signedOut(id, ClientAddress.of(request)));
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + "/account/signed-out");
    }
}
