package app.soundpath.catalog.boundary;

import app.soundpath.catalog.entity.LessonDetail;
import app.soundpath.platform.NotFound;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.omnifaces.cdi.Param;

/** Backs {@code lessons.xhtml}: {@code /lessons/{slug}}, the lesson text with its neighbours. */
@Named
@RequestScoped
public class LessonsPage {

    @Inject
    @Param(pathIndex = 0)
    String slug;

    @Inject
    @Param(pathIndex = 1)
    String extraPath;

    @Inject
    CatalogService catalog;

    private LessonDetail lesson;

    public void load() throws IOException {
        lesson = extraPath == null ? catalog.lesson(slug).orElse(null) : null;
        if (lesson == null) {
            NotFound.send();
        }
    }

    public LessonDetail getLesson() { return lesson; }
}
