package app.soundpath.credentials.boundary;

import app.soundpath.credentials.entity.CredentialView;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The signed-in learner's own credentials and their downloads. "me" only: nobody else's can be named. */
@Path("learners/me/credentials")
public class MyCredentialsResource {

    @Inject
    CredentialService credentials;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The caller's credentials, newest first")
    public List<CredentialView> mine() {
        return credentials.mine();
    }

    @GET
    @Path("{id}/jwt")
    @Produces("application/jwt")
    @Operation(summary = "One of the caller's credentials as the signed VC-JWT (Open Badges 3.0)")
    public Response jwt(@PathParam("id") String id) {
        return download(credentials.jwt(id), "application/jwt", "soundpath-credential-" + id + ".jwt");
    }

    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "One of the caller's credentials as a printable certificate")
    public Response pdf(@PathParam("id") String id) {
        return download(credentials.pdf(id), "application/pdf", "soundpath-certificate-" + id + ".pdf");
    }

    private static Response download(Object body, String type, String file) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .header("Cache-Control", "private, no-store").build();
    }
}
