package app.soundpath.identity.boundary;

import app.soundpath.identity.entity.AccountView;
import app.soundpath.platform.ProblemException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The signed-in person's own account, as JSON. Needs a session (sign in on the web page first). */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(summary = "The signed-in person's account: id, email, display name, roles")
    @APIResponse(responseCode = "200", description = "The account")
    @APIResponse(responseCode = "401", description = "Nobody is signed in")
    public AccountView me() {
        return currentUser.account()
                .orElseThrow(() -> new ProblemException(Response.Status.UNAUTHORIZED, "Sign in first."));
    }
}
