package app.soundpath.authoring.boundary;

import app.soundpath.authoring.entity.InvalidContentException;
import app.soundpath.platform.Problem;
import app.soundpath.platform.Texts;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;

/** Bad content through the API: 400 with one message per field, the same sentences the pages show. */
@Provider
public class InvalidContentMapper implements ExceptionMapper<InvalidContentException> {

    /** A problem with the messages by field name. */
    public record FieldProblems(String type, String title, int status, String detail, Map<String, String> errors) {
    }

    @Override
    public Response toResponse(InvalidContentException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.problems().forEach((field, problem) -> errors.put(field, Pages.text(problem)));
        return Response.status(400).type(MediaType.valueOf(Problem.MEDIA_TYPE))
                .entity(new FieldProblems("about:blank", "Bad Request", 400, Texts.of(e.key()), errors)).build();
    }
}
