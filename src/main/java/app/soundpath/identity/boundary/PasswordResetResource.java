package app.soundpath.identity.boundary;

import app.soundpath.platform.ClientAddress;
import app.soundpath.platform.Problem;
import app.soundpath.platform.PublicAddress;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import app.soundpath.identity.control.ResetTokens;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Email for people who are not signed in: asking for a reset link (the same answer whether or not the address has
 * an account) and the one-click unsubscribe that mail programs send for a reminder's {@code List-Unsubscribe}.
 */
@Path("account")
@Produces(MediaType.APPLICATION_JSON)
public class PasswordResetResource {

    /** What every request for a reset link is told: it says nothing about whether the address has an account. */
    public static final String ANSWER = "If an account uses this address, a link to choose a new password is on its"
            + " way. It works once, for one hour.";

    @Inject
    AccountService accounts;

    @Context
    HttpServletRequest request;

    public record ResetRequest(String email) {
    }

    @POST
    @Path("password-reset")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask for a link to choose a new password",
            description = "Always answers 202 with the same text for a well-formed address, whether or not it has an"
                    + " account. Requests are limited per address and per client.")
    @APIResponse(responseCode = "202", description = "Accepted: a link is sent if the address has an account")
    @APIResponse(responseCode = "400", description = "The address is missing, too long or malformed (problem+json)")
    @APIResponse(responseCode = "429", description = "Too many requests from this client in the last hour")
    public Response requestReset(ResetRequest body) {
        accounts.requestReset(body == null ? null : body.email(), ClientAddress.of(request), PublicAddress.of(request));
        JsonObject answer = Json.createObjectBuilder().add("message", ANSWER).build();
        return Response.accepted(answer).build();
    }

    /** A person (not a mail program) who opens the List-Unsubscribe address gets the page with its button. */
    @GET
    @Path("unsubscribe/{token}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "The unsubscribe page for a person: redirects to /account/unsubscribe/{token}")
    @APIResponse(responseCode = "303", description = "To the page")
    public Response unsubscribePage(@PathParam("token") String token, @Context UriInfo uri) {
        String safe = ResetTokens.isWellFormed(token) ? token : "unknown";
        return Response.seeOther(uri.getBaseUriBuilder().replacePath(request.getContextPath() + "/account/unsubscribe/" + safe)
                .build()).build();
    }

    @POST
    @Path("unsubscribe/{token}")
    @Produces(MediaType.WILDCARD)
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.WILDCARD})
    @Operation(summary = "One-click unsubscribe from the weekly reminder (RFC 8058)")
    @APIResponse(responseCode = "200", description = "Unsubscribed, or was not subscribed")
    @APIResponse(responseCode = "404", description = "No such unsubscribe link")
    public Response unsubscribe(@PathParam("token") String token) {
        boolean known = accounts.unsubscribe(token, ClientAddress.of(request));
        return known ? Response.ok(Json.createObjectBuilder().add("message", "You will get no more reminders.").build(),
                        MediaType.APPLICATION_JSON_TYPE).build()
                : Problem.response(Response.Status.NOT_FOUND, "No such unsubscribe link.");
    }
}
