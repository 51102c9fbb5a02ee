package app.soundpath.mail.boundary;

import app.soundpath.identity.entity.Slice;
import app.soundpath.mail.entity.OutboxMessage.State;
import app.soundpath.mail.entity.OutboxView;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The outbox for admins: the messages, newest first, and trying a failed one again. Behind /api/admin/*. */
@Path("admin/outbox")
@Produces(MediaType.APPLICATION_JSON)
public class OutboxResource {

    @Inject
    Outbox outbox;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Messages in the outbox, newest first, 25 at a time (before: the id the page ends after)")
    @APIResponse(responseCode = "200", description = "A page of messages and the 'next' cursor")
    public Slice<OutboxView> messages(@QueryParam("state") State state, @QueryParam("before") Long before) {
        return outbox.page(state, before);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One message")
    @APIResponse(responseCode = "200", description = "The message")
    @APIResponse(responseCode = "404", description = "No such message")
    public OutboxView message(@PathParam("id") Long id) {
        return outbox.message(id).orElseThrow(jakarta.ws.rs.NotFoundException::new);
    }

    /** From the admin page's button (a form post: answered with a redirect back) or as JSON. */
    @POST
    @Path("{id}/retry")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Try a failed message again")
    @APIResponse(responseCode = "200", description = "{retried: true|false}: false when the message had not failed")
    @APIResponse(responseCode = "303", description = "For a form post: back to the outbox page")
    public Response retry(@PathParam("id") Long id, @HeaderParam("Content-Type") String contentType) {
        boolean retried = outbox.retry(id);
        if (contentType != null && contentType.startsWith(MediaType.APPLICATION_FORM_URLENCODED)) {
            URI page = uri.getBaseUriBuilder().replacePath(uri.getBaseUri().getPath().replaceFirst("/api/?$", "")
                    + "/admin/outbox").queryParam("retried", retried ? "yes" : "no").build();
            return Response.seeOther(page).build();
        }
        return Response.ok(Map.of("retried", retried), MediaType.APPLICATION_JSON_TYPE).build();
    }
}
