package app.soundpath.authoring.boundary;

import app.soundpath.platform.Problem;
import app.soundpath.platform.Texts;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The API's answer to a save based on an old version: 409 with the current version and the current item. */
final class Conflicts {

    /** A problem with what is there now, so a client can merge and retry with {@code currentVersion}. */
    public record ConflictProblem(String type, String title, int status, String detail, long currentVersion,
                                  Object current) {
    }

    private Conflicts() {
    }

    static Response of(long currentVersion, Object current) {
        return Response.status(409).type(MediaType.valueOf(Problem.MEDIA_TYPE))
                .entity(new ConflictProblem("about:blank", "Conflict", 409, Texts.of("author.conflict"), currentVersion, current))
                .build();
    }

    /** The id and version after a save. */
    public record Saved(Long id, long version) {
    }
}
