package app.soundpath.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.InjectionPoint;
import org.omnifaces.util.Faces;

/** Produces {@link PathPart} strings for page beans from the Faces request's path info (MultiViews aware). */
@ApplicationScoped
public class PathParts {

    @Produces
    @PathPart
    String part(InjectionPoint at) {
        return part(Faces.getRequestPathInfo(), at.getAnnotated().getAnnotation(PathPart.class).value());
    }

    /** Part {@code index} of a path info such as {@code /a/b} (null when there is none or it is empty). */
    static String part(String pathInfo, int index) {
        if (pathInfo == null || pathInfo.length() < 2) {
            return null;
        }
        String[] parts = pathInfo.substring(1).split("/");
        return index < parts.length && !parts[index].isEmpty() ? parts[index] : null;
    }
}
