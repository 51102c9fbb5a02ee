package app.soundpath.authoring.boundary;

import app.soundpath.platform.PathPart;
import app.soundpath.authoring.entity.EditConflictException;
import app.soundpath.authoring.entity.InvalidContentException;
import app.soundpath.authoring.entity.NotAllowedException;
import app.soundpath.authoring.entity.UnknownContentException;
import app.soundpath.authoring.entity.Views.Choice;
import app.soundpath.authoring.entity.Views.CourseEdit;
import app.soundpath.authoring.entity.Views.CourseInput;
import app.soundpath.platform.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.util.Messages;

/**
 * Backs {@code author/course.xhtml}: {@code /author/course/{id}} edits a course (settings, lessons and their order,
 * status, co-instructors), {@code /author/course/new} creates one. A save based on an old version shows the
 * current values next to the typed ones, and keeps what was typed.
 */
@Named
@RequestScoped
public class CoursePage {

    @Inject
    @PathPart
    String path;

    @Inject
    AuthoringService authoring;

    @Inject
    LessonEditing lessons;

    private CourseEdit course;
    private boolean forbidden;
    private List<Choice> trackChoices = List.of();
    private List<Choice> prerequisiteChoices = List.of();
    private CourseInput current;
    private String title;
    private String slug;
    private String summary;
    private List<String> tracks = new ArrayList<>();
    private List<String> prerequisites = new ArrayList<>();
    private long version;
    private String email;
    private Long target;

    // Loaded before a postback is decoded, so the rows and buttons exist then too; a wrong id or someone else's
    // course leaves it null (404 / 403 from load()).
    @PostConstruct
    void init() {
        Long id = Pages.id(path);
        if (id != null) {
            try {
                course = authoring.course(id);
                fill(course);
            } catch (NotAllowedException e) {
                forbidden = true;
            } catch (UnknownContentException e) {
                course = null;
            }
        }
        if (course != null || isCreating()) {
            trackChoices = authoring.trackChoices();
            prerequisiteChoices = authoring.prerequisiteChoices(id);
        }
    }

    public void load() throws IOException {
        if (!isCreating() && course == null) {
            Pages.refuse(forbidden);
        }
    }

    public void save() throws IOException {
        CourseInput input = new CourseInput(title, slug, summary, tracks, ids(prerequisites));
        try {
            if (isCreating()) {
                Long id = authoring.createCourse(input);
                Pages.done("author.courseCreated", "/author/course/" + id);
            } else {
                authoring.updateCourse(course.id(), version, input);
                Pages.done("author.saved", "/author/course/" + course.id());
            }
        } catch (InvalidContentException e) {
            Pages.showBesideFields(e, field -> List.of("title", "slug", "summary", "tracks", "prerequisites").contains(field)
                    ? "course:" + field : null);
        } catch (EditConflictException e) {
            CourseEdit now = authoring.course(course.id());
            current = now.values();
            version = now.version();
            Messages.addGlobalError(Texts.of("author.conflict"));
        }
    }

    public void publish() throws IOException {
        Pages.act(() -> Texts.of("author.coursePublished", authoring.publishCourse(course.id())), here());
    }

    public void archive() throws IOException {
        Pages.act(() -> authoring.archiveCourse(course.id()), "author.archived", here());
    }

    public void restore() throws IOException {
        Pages.act(() -> authoring.restoreCourse(course.id()), "author.restored", here());
    }

    public void delete() throws IOException {
        Pages.act(() -> authoring.deleteCourse(course.id()), "author.deleted", "/author/");
    }

    public void moveUp() throws IOException {
        Pages.act(() -> lessons.moveLesson(target, true), "author.moved", here());
    }

    public void moveDown() throws IOException {
        Pages.act(() -> lessons.moveLesson(target, false), "author.moved", here());
    }

    public void addOwner() throws IOException {
        try {
            authoring.addCoOwner(course.id(), email);
            Pages.done("author.ownerAdded", "/author/course/" + course.id(), email.strip());
        } catch (InvalidContentException e) {
            Pages.showBesideFields(e, field -> "owners:email");
        }
    }

    public void removeOwner() throws IOException {
        Pages.act(() -> authoring.removeCoOwner(course.id(), target), "author.ownerRemoved", here());
    }

    private String here() {
        return "/author/course/" + course.id();
    }

    private void fill(CourseEdit edit) {
        title = edit.values().title();
        slug = edit.values().slug();
        summary = edit.values().summary();
        tracks = new ArrayList<>(edit.values().tracks());
        prerequisites = new ArrayList<>(edit.values().prerequisites().stream().map(String::valueOf).toList());
        version = edit.version();
    }

    private static List<Long> ids(List<String> values) {
        return values.stream().map(Pages::id).toList();
    }

    public boolean isCreating() { return "new".equals(path); }
    public CourseEdit getCourse() { return course; }
    public CourseInput getCurrent() { return current; }
    public List<Choice> getTrackChoices() { return trackChoices; }
    public List<Choice> getPrerequisiteChoices() { return prerequisiteChoices; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public List<String> getTracks() { return tracks; }
    public void setTracks(List<String> tracks) { this.tracks = tracks; }
    public List<String> getPrerequisites() { return prerequisites; }
    public void setPrerequisites(List<String> prerequisites) { this.prerequisites = prerequisites; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public Long getTarget() { return target; }
    public void setTarget(Long target) { this.target = target; }
}
