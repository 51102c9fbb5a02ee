package app.soundpath.authoring.boundary;

import static app.soundpath.authoring.boundary.AuthorCoursesResource.body;
import static app.soundpath.authoring.boundary.AuthorCoursesResource.version;

import app.soundpath.authoring.entity.EditConflictException;
import app.soundpath.authoring.entity.Views.SkillInput;
import app.soundpath.authoring.entity.Views.SkillView;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The shared skill map for scripted authoring. */
@Path("author/skills")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AuthorSkillsResource {

    /** A skill; tracks by slug; {@code version} when updating. */
    public record SkillRequest(Long version, String name, String slug, String description, List<String> tracks) {
        SkillInput input() {
            return new SkillInput(name, slug, description, tracks);
        }
    }

    @Inject
    AuthoringService authoring;

    @Inject
    SkillEditing skills;

    @GET
    @Operation(summary = "Every skill, by name")
    public List<SkillView> all() {
        return skills.skills();
    }

    @POST
    @Operation(summary = "Add a skill (live at once)")
    @APIResponse(responseCode = "201", description = "Created; body: id and version")
    public Response create(SkillRequest request) {
        Long id = skills.createSkill(body(request).input());
        return Response.created(URI.create("author/skills/" + id)).entity(new Conflicts.Saved(id, skills.skill(id).version())).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One skill")
    public SkillView one(@PathParam("id") long id) {
        return skills.skill(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Save a skill; send the version you based the change on")
    @APIResponse(responseCode = "200", description = "Saved; body: id and new version")
    @APIResponse(responseCode = "409", description = "Someone saved it since: body has currentVersion and current")
    public Response update(@PathParam("id") long id, SkillRequest request) {
        SkillRequest body = body(request);
        try {
            return Response.ok(new Conflicts.Saved(id, skills.updateSkill(id, version(body.version()), body.input()))).build();
        } catch (EditConflictException e) {
            SkillView current = skills.skill(id);
            return Conflicts.of(current.version(), current);
        }
    }
}
