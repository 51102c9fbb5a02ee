package app.soundpath.credentials.boundary;

import app.soundpath.credentials.entity.CredentialStatus;
import app.soundpath.credentials.entity.Verification;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Public verification: the issuer's keys and profile, a credential's status by id, a pasted VC-JWT checked. */
@Path("credentials")
@Produces(MediaType.APPLICATION_JSON)
public class CredentialsResource {

    @Inject
    CredentialService credentials;

    /** The body of a verification request. */
    public record VerifyRequest(String jwt) {
    }

    @GET
    @Path("keys")
    @Operation(summary = "The issuer's public keys (a JWK set): every key that ever signed a credential, newest first")
    public Map<String, Object> keys() {
        return credentials.publicKeys();
    }

    @GET
    @Path("issuer")
    @Operation(summary = "The issuer profile (Open Badges 3.0 Profile)")
    public Map<String, Object> issuer() {
        return credentials.issuerProfile();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A credential's status (VALID, REVOKED, INVALID; 404 with UNKNOWN) and what it says, signature checked now")
    @APIResponse(responseCode = "200", description = "Its status and content")
    @APIResponse(responseCode = "404", description = "Unknown (or hidden by its learner): status UNKNOWN")
    public Response one(@PathParam("id") String id) {
        Verification v = credentials.publicView(id);
        return Response.status(v.status() == CredentialStatus.UNKNOWN ? 404 : 200).entity(v).build();
    }

    @POST
    @Path("verification")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verifies a VC-JWT: our signature, on record, not revoked (400 when it cannot be a JWT)")
    public Verification verify(VerifyRequest request) {
        return credentials.verify(request == null ? null : request.jwt());
    }
}
