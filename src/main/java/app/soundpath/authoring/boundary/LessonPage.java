package app.soundpath.authoring.boundary;

import app.soundpath.platform.PathPart;
import app.soundpath.authoring.entity.EditConflictException;
import app.soundpath.authoring.entity.InvalidContentException;
import app.soundpath.authoring.entity.LessonContent;
import app.soundpath.authoring.entity.ListeningSettings;
import app.soundpath.catalog.entity.ListeningKind;
import app.soundpath.authoring.entity.NotAllowedException;
import app.soundpath.authoring.entity.UnknownContentException;
import app.soundpath.authoring.entity.Views.Choice;
import app.soundpath.authoring.entity.Views.CourseEdit;
import app.soundpath.authoring.entity.Views.LessonEdit;
import app.soundpath.platform.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.omnifaces.util.Messages;

/**
 * Backs {@code author/lesson.xhtml}: {@code /author/lesson/{id}} edits a lesson, {@code /author/lesson/new/{course}}
 * adds one. "Preview" renders the typed Markdown exactly as learners will see it, without saving anything.
 */
@Named
@RequestScoped
public class LessonPage {

    private static final Set<String> FIELDS = Set.of("title", "slug", "summary", "body", "minutes", "passMark", "skills",
            "listeningKind", "listeningFrom", "listeningTo", "listeningItems", "listeningPass", "listeningWindow");

    @Inject
    @PathPart
    String path;

    @Inject
    @PathPart(1)
    String coursePath;

    @Inject
    AuthoringService authoring;

    @Inject
    LessonEditing lessons;

    private LessonEdit lesson;
    private CourseEdit course;
    private LessonEdit current;
    private boolean forbidden;
    private boolean previewing;
    private List<Choice> skillChoices = List.of();
    private LessonContent base = LessonEditing.blankLesson();
    private String title;
    private String slug;
    private String summary;
    private String body;
    private String minutes;
    private String passMark;
    private boolean required;
    private List<String> skills = new ArrayList<>();
    private long version;
    // The listening exercise (issue 17): no kind, no exercise; the numbers start at the suggested settings.
    private String listeningKind;
    private String listeningFrom;
    private String listeningTo;
    private String listeningItems;
    private String listeningPass;
    private String listeningWindow;

    @PostConstruct
    void init() {
        try {
            if (isCreating()) {
                course = Pages.id(coursePath) == null ? null : authoring.course(Pages.id(coursePath));
            } else if (Pages.id(path) != null) {
                lesson = lessons.lesson(Pages.id(path));
                base = lesson.content();
                version = lesson.version();
            }
        } catch (NotAllowedException e) {
            forbidden = true;
        } catch (UnknownContentException e) {
            lesson = null;
        }
        fill(base);
        if (isFound()) {
            skillChoices = lessons.skillChoices();
        }
    }

    public void load() throws IOException {
        if (!isFound()) {
            Pages.refuse(forbidden);
        }
    }

    public void preview() {
        previewing = true;
    }

    public void save() throws IOException {
        LessonContent typed = new LessonContent(title, slug, summary, body, Pages.number(minutes), Pages.number(passMark),
                required, skills.stream().map(Pages::id).toList(), base.questions(), listening());
        try {
            if (isCreating()) {
                Long id = lessons.createLesson(course.id(), typed);
                Pages.done("author.lessonCreated", "/author/lesson/" + id);
            } else {
                lessons.saveLesson(lesson.id(), version, typed);
                Pages.done(lesson.status().name().equals("PUBLISHED") ? "author.draftSaved" : "author.saved",
                        "/author/lesson/" + lesson.id());
            }
        } catch (InvalidContentException e) {
            Pages.showBesideFields(e, field -> FIELDS.contains(field) ? "lesson:" + field : null);
        } catch (EditConflictException e) {
            current = lessons.lesson(lesson.id());
            version = current.version();
            Messages.addGlobalError(Texts.of("author.conflict"));
        }
    }

    public void publish() throws IOException {
        Pages.act(() -> lessons.publishLesson(lesson.id()), "author.lessonPublished", here());
    }

    public void discard() throws IOException {
        Pages.act(() -> lessons.discardDraft(lesson.id()), "author.draftDiscarded", here());
    }

    public void archive() throws IOException {
        Pages.act(() -> lessons.archiveLesson(lesson.id()), "author.archived", here());
    }

    public void restore() throws IOException {
        Pages.act(() -> lessons.restoreLesson(lesson.id()), "author.restored", here());
    }

    public void delete() throws IOException {
        Long courseId = lesson.courseId();
        Pages.act(() -> lessons.deleteLesson(lesson.id()), "author.deleted", "/author/course/" + courseId);
    }

    private String here() {
        return "/author/lesson/" + lesson.id();
    }

    /** The exercise as typed; none when no kind is chosen (the numbers are then ignored). */
    private ListeningSettings listening() {
        return listeningKind == null || listeningKind.isBlank() ? null : new ListeningSettings(listeningKind,
                Pages.number(listeningFrom), Pages.number(listeningTo), Pages.number(listeningItems),
                Pages.number(listeningPass), Pages.number(listeningWindow));
    }

    private void fill(LessonContent c) {
        ListeningSettings l = c.listening() == null ? ListeningSettings.suggested(null) : c.listening();
        listeningKind = l.kind();
        listeningFrom = String.valueOf(l.levelFrom());
        listeningTo = String.valueOf(l.levelTo());
        listeningItems = String.valueOf(l.items());
        listeningPass = String.valueOf(l.passAccuracy());
        listeningWindow = String.valueOf(l.window());
        title = c.title();
        slug = c.slug();
        summary = c.summary();
        body = c.body();
        minutes = String.valueOf(c.minutes());
        passMark = String.valueOf(c.passMark());
        required = c.required();
        skills = new ArrayList<>(c.skillIds().stream().map(String::valueOf).toList());
    }

    public boolean isCreating() { return "new".equals(path); }
    public boolean isFound() { return isCreating() ? course != null : lesson != null; }
    public boolean isPreviewing() { return previewing; }
    public LessonEdit getLesson() { return lesson; }
    public LessonEdit getCurrent() { return current; }
    public Long getCourseId() { return isCreating() ? (course == null ? null : course.id()) : lesson == null ? null : lesson.courseId(); }
    public String getCourseTitle() { return isCreating() ? (course == null ? "" : course.values().title()) : lesson == null ? "" : lesson.courseTitle(); }
    public List<Choice> getSkillChoices() { return skillChoices; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getMinutes() { return minutes; }
    public void setMinutes(String minutes) { this.minutes = minutes; }
    public String getPassMark() { return passMark; }
    public void setPassMark(String passMark) { this.passMark = passMark; }
    public boolean isRequired() { return required; }
    public void setRequired(boolean required) { this.required = required; }
    public List<String> getSkills() { return skills; }
    public void setSkills(List<String> skills) { this.skills = skills; }
    public long getVersion() { return version; }
    public List<ListeningKind> getListeningKinds() { return List.of(ListeningKind.values()); }
    public String getListeningKind() { return listeningKind; }
    public void setListeningKind(String listeningKind) { this.listeningKind = listeningKind; }
    public String getListeningFrom() { return listeningFrom; }
    public void setListeningFrom(String listeningFrom) { this.listeningFrom = listeningFrom; }
    public String getListeningTo() { return listeningTo; }
    public void setListeningTo(String listeningTo) { this.listeningTo = listeningTo; }
    public String getListeningItems() { return listeningItems; }
    public void setListeningItems(String listeningItems) { this.listeningItems = listeningItems; }
    public String getListeningPass() { return listeningPass; }
    public void setListeningPass(String listeningPass) { this.listeningPass = listeningPass; }
    public String getListeningWindow() { return listeningWindow; }
    public void setListeningWindow(String listeningWindow) { this.listeningWindow = listeningWindow; }
    public void setVersion(long version) { this.version = version; }
}
