package app.soundpath.catalog.boundary;

import app.soundpath.platform.PathPart;
import app.soundpath.catalog.entity.CatalogMap;
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
    private boolean listening;

    // Not loaded on a postback: the page's forms (learning's check and "Mark as done") always redirect, and
    // lessons.xhtml keeps them in the tree while they are decoded.
    @PostConstruct
    void init() {
        lesson = extraPath == null && !Faces.isPostback() ? catalog.lesson(slug).orElse(null) : null;
        // From the snapshot, like the lesson: whether the lesson holds a listening exercise (issue 17).
        listening = lesson != null && catalog.map().lessonBySlug(slug).map(CatalogMap.LessonNode::listening).orElse(false);
    }

    public void load() throws IOException {
        if (lesson == null) {
            NotFound.send();
        }
    }

    public LessonDetail getLesson() { return lesson; }
    public boolean isListening() { return listening; }
}
