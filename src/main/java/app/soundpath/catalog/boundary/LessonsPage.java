package app.soundpath.catalog.boundary;

import app.soundpath.platform.PathPart;
import app.soundpath.catalog.entity.LessonDetail;
import app.soundpath.platform.NotFound;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.omnifaces.util.Faces;

/** Backs {@code lessons.xhtml}: {@code /lessons/{slug}}, the lesson text with its neighbours. */
@Named
@RequestScoped
public class LessonsPage {

    @Inject
    @PathPart
    String slug;

    @Inject
    @PathPart(1)
    String extraPath;

    @Inject
    CatalogService catalog;

    private LessonDetail lesson;

    // Not loaded on a postback: the page's forms (learning's check and "Mark as done") always redirect, and
    // lessons.xhtml keeps them in the tree while they are decoded.
    @PostConstruct
    void init() {
        lesson = extraPath == null && !Faces.isPostback() ? catalog.lesson(slug).orElse(null) : null;
    }

    public void load() throws IOException {
        if (lesson == null) {
            NotFound.send();
        }
    }

    public LessonDetail getLesson() { return lesson; }
}
