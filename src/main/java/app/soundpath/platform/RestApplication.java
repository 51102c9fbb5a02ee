package app.soundpath.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** All REST resources live under {@code /api}; their description is served by Payara at {@code /openapi}. */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "Soundpath API", version = "1",
        description = "Tracks, courses and lessons of Soundpath, the learning path for music producers and sound engineers."))
public class RestApplication extends Application {
}
