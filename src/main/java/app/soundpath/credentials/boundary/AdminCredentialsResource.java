package app.soundpath.credentials.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Admins: revoke a credential, with a reason (audited). */
@Path("admin/credentials")
@Produces(MediaType.APPLICATION_JSON)
public class AdminCredentialsResource {

    @Inject
    CredentialService credentials;

    /** The body of a revocation. */
    public record RevokeRequest(String reason) {
    }

    @POST
    @Path("{id}/revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revokes a credential (reason required, at most 500 characters); revoked credentials fail verification")
    public Map<String, Object> revoke(@PathParam("id") String id, RevokeRequest request) {
        boolean changed = credentials.revoke(id, request == null ? null : request.reason());
        return Map.of("revoked", true, "changed", changed);
    }
}
