package app.soundpath.authoring.boundary;

import app.soundpath.authoring.control.AuditText;
import app.soundpath.authoring.control.ContentRules;
import app.soundpath.authoring.control.Reorder;
import app.soundpath.authoring.control.SlugMaker;
import app.soundpath.authoring.entity.LessonAdded;
import app.soundpath.authoring.entity.LessonRemoving;
import app.soundpath.authoring.entity.AuditEntry.Action;
import app.soundpath.authoring.entity.AuditEntry.ObjectType;
import app.soundpath.authoring.entity.AuthoredCourse;
import app.soundpath.authoring.entity.AuthoredLesson;
import app.soundpath.authoring.entity.AuthoredQuestion;
import app.soundpath.authoring.entity.AuthoredSkill;
import app.soundpath.authoring.entity.ContentStatus;
import app.soundpath.authoring.entity.FieldProblem;
import app.soundpath.authoring.entity.InvalidContentException;
import app.soundpath.authoring.entity.KeptForLearnersException;
import app.soundpath.authoring.entity.LessonContent;
import app.soundpath.authoring.entity.Views.Choice;
import app.soundpath.authoring.entity.Views.LessonEdit;
import app.soundpath.identity.entity.Role;
import app.soundpath.learning.boundary.LearningService;
import app.soundpath.platform.BusinessException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Editing lessons and their checks: drafts, the draft revision of a published lesson, publishing, archiving,
 * deleting and ordering within a course. Permissions, versions and the audit go through {@link Changes}.
 */
@Stateless
@RolesAllowed({Role.Names.INSTRUCTOR, Role.Names.ADMIN})
public class LessonEditing {

    // Thread-safe and costly to create: one for the whole application.
    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext
    EntityManager em;

    @Inject
    Changes changes;

    @Inject
    LearningService learning;

    @Inject
    jakarta.enterprise.event.Event<LessonAdded> lessonAdded;

    @Inject
    jakarta.enterprise.event.Event<LessonRemoving> lessonRemoving;


    public LessonEdit lesson(Long id) {
        AuthoredLesson lesson = changes.lesson(id);
        AuthoredCourse course = changes.course(lesson.getCourseId());
        LessonContent live = liveContent(lesson);
        return new LessonEdit(id, lesson.getVersion(), course.getId(), course.getTitle(), course.getSlug(),
                course.getStatus(), lesson.getStatus(), lesson.hasDraft(),
                lesson.hasDraft() ? fromJson(lesson.getDraft()) : live, live);
    }

    /** An empty lesson to start from: 10 minutes, pass mark 80, required, no check. */
    public static LessonContent blankLesson() {
        return new LessonContent("", "", "", "", 10, 80, true, List.of(), List.of(), null);
    }

    /** The skills a lesson can teach (value: id), by name. */
    public List<Choice> skillChoices() {
        return em.createNamedQuery(AuthoredSkill.ALL, AuthoredSkill.class).getResultStream()
                .map(s -> new Choice(String.valueOf(s.getId()), s.getName())).toList();
    }

    /** Adds a draft lesson at the end of the course. */
    public Long createLesson(Long courseId, LessonContent raw) {
        AuthoredCourse course = changes.course(courseId);
        LessonContent content = validLesson(raw, null);
        List<AuthoredLesson> siblings = changes.lessonsOf(courseId);
        int position = siblings.stream().mapToInt(AuthoredLesson::getPosition).max().orElse(0) + 1;
        AuthoredLesson lesson = new AuthoredLesson(courseId, position, content, changes.now());
        em.persist(lesson);
        changes.flushNew();
        lessonAdded.fire(new LessonAdded(lesson.getId()));
        replaceQuestions(lesson, content.questions());
        changes.audit(Action.CREATE, ObjectType.LESSON, lesson.getId(), courseId, lesson.getTitle(), null,
                AuditText.of(AuditText.lessonFields(content)) + " (in " + course.getTitle() + ")");
        return lesson.getId();
    }

    /**
     * Saves a lesson's text, settings and check. A draft lesson changes in place; a published one gets (or updates)
     * its draft revision, and learners keep seeing the live text until "Publish". Returns the new version.
     */
    public long saveLesson(Long id, long version, LessonContent raw) {
        AuthoredLesson lesson = changes.lesson(id);
        changes.course(lesson.getCourseId());
        Changes.expectVersion(lesson.getVersion(), version, ObjectType.LESSON, id);
        LessonContent content = validLesson(raw, id);
        LessonContent before = lesson.hasDraft() ? fromJson(lesson.getDraft()) : liveContent(lesson);
        if (before.equals(content)) {
            return lesson.getVersion();
        }
        changes.claim(lesson, ObjectType.LESSON, id);
        if (lesson.getStatus() == ContentStatus.PUBLISHED) {
            lesson.saveDraft(toJson(content), changes.now());
        } else {
            lesson.apply(content, changes.now());
            replaceQuestions(lesson, content.questions());
        }
        List<String> diff = AuditText.diff(AuditText.lessonFields(before), AuditText.lessonFields(content));
        long saved = changes.saveVersioned(lesson, ObjectType.LESSON, id);
        changes.audit(Action.EDIT, ObjectType.LESSON, id, lesson.getCourseId(), content.title(), diff.get(0), diff.get(1));
        return saved;
    }

    /** Makes the lesson visible to learners (of a published course); a draft revision replaces the live text. */
    public void publishLesson(Long id) {
        AuthoredLesson lesson = changes.lesson(id);
        changes.course(lesson.getCourseId());
        changes.claim(lesson, ObjectType.LESSON, id);
        LessonContent live = liveContent(lesson);
        LessonContent published = live;
        if (lesson.hasDraft()) {
            published = fromJson(lesson.getDraft());
            // The slug was free when the draft was saved; someone may have taken it since.
            if (!published.slug().equals(lesson.getSlug()) && lessonSlugTaken(published.slug(), id)) {
                throw new InvalidContentException(Map.of("slug", FieldProblem.of("author.slugTaken")));
            }
            lesson.apply(published, changes.now());
            replaceQuestions(lesson, published.questions());
            lesson.discardDraft(changes.now());
        }
        ContentStatus was = lesson.getStatus();
        boolean statusChanged = lesson.moveTo(ContentStatus.PUBLISHED, changes.now());
        if (!statusChanged && published == live) {
            throw new BusinessException("author.nothingToPublish");
        }
        List<String> diff = AuditText.diff(AuditText.lessonFields(live), AuditText.lessonFields(published));
        changes.saveVersioned(lesson, ObjectType.LESSON, id);
        changes.audit(Action.PUBLISH, ObjectType.LESSON, id, lesson.getCourseId(), lesson.getTitle(),
                joined(statusChanged ? "status: " + was : "", diff.get(0)),
                joined(statusChanged ? "status: PUBLISHED" : "", diff.get(1)));
        learning.recountCourse(lesson.getCourseId());
    }

    private static String joined(String first, String second) {
        return first.isEmpty() ? second : second.isEmpty() ? first : first + "; " + second;
    }

    /** Throws the draft revision of a published lesson away; the live text stays as it is. */
    public void discardDraft(Long id) {
        AuthoredLesson lesson = changes.lesson(id);
        changes.course(lesson.getCourseId());
        String draftTitle = lesson.hasDraft() ? fromJson(lesson.getDraft()).title() : null;
        if (!lesson.discardDraft(changes.now())) {
            throw new BusinessException("author.noDraft");
        }
        changes.saveVersioned(lesson, ObjectType.LESSON, id);
        changes.audit(Action.DISCARD_DRAFT, ObjectType.LESSON, id, lesson.getCourseId(), lesson.getTitle(),
                "draft: " + draftTitle, "draft: –");
    }

    /** Hides the lesson from learners; their progress and attempts stay. */
    public void archiveLesson(Long id) {
        AuthoredLesson lesson = changes.lesson(id);
        changes.course(lesson.getCourseId());
        ContentStatus was = lesson.getStatus();
        if (!lesson.moveTo(ContentStatus.ARCHIVED, changes.now())) {
            throw new BusinessException("author.alreadyArchived");
        }
        changes.saveVersioned(lesson, ObjectType.LESSON, id);
        changes.audit(Action.ARCHIVE, ObjectType.LESSON, id, lesson.getCourseId(), lesson.getTitle(), "status: " + was, "status: ARCHIVED");
        learning.recountCourse(lesson.getCourseId());
    }

    public void restoreLesson(Long id) {
        AuthoredLesson lesson = changes.lesson(id);
        changes.course(lesson.getCourseId());
        if (lesson.getStatus() != ContentStatus.ARCHIVED) {
            throw new BusinessException("author.notArchived");
        }
        lesson.moveTo(ContentStatus.DRAFT, changes.now());
        changes.saveVersioned(lesson, ObjectType.LESSON, id);
        changes.audit(Action.RESTORE, ObjectType.LESSON, id, lesson.getCourseId(), lesson.getTitle(), "status: ARCHIVED", "status: DRAFT");
    }

    /** Deletes a lesson that was never published live to anybody's record; otherwise it must be archived. */
    public void deleteLesson(Long id) {
        AuthoredLesson lesson = changes.lesson(id);
        Long courseId = lesson.getCourseId();
        changes.course(courseId);
        if (lesson.getStatus() == ContentStatus.PUBLISHED) {
            throw new BusinessException("author.archiveFirst");
        }
        if (learning.hasLearnerHistory(null, List.of(id))) {
            throw new KeptForLearnersException();
        }
        changes.audit(Action.DELETE, ObjectType.LESSON, id, courseId, lesson.getTitle(), AuditText.of(AuditText.lessonFields(liveContent(lesson))), null);
        removeLesson(lesson);
        List<AuthoredLesson> rest = changes.lessonsOf(courseId).stream().filter(l -> !l.getId().equals(id)).toList();
        for (int i = 0; i < rest.size(); i++) {
            rest.get(i).placeAt(i + 1);
        }
        em.flush();
    }

    /** Moves a lesson one place up or down in its course. */
    public void moveLesson(Long id, boolean up) {
        AuthoredLesson lesson = changes.lesson(id);
        changes.course(lesson.getCourseId());
        List<AuthoredLesson> order = changes.lessonsOf(lesson.getCourseId());
        List<AuthoredLesson> moved = Reorder.move(order, lesson, up);
        if (moved.equals(order)) {
            return;
        }
        int was = order.indexOf(lesson) + 1;
        for (int i = 0; i < moved.size(); i++) {
            moved.get(i).placeAt(i + 1);
        }
        changes.audit(Action.REORDER, ObjectType.LESSON, id, lesson.getCourseId(), lesson.getTitle(),
                "position: " + was, "position: " + (moved.indexOf(lesson) + 1));
    }


    /** The content of each lesson as its editor shows it: the draft revision when there is one, else the live text. */
    public Map<Long, LessonContent> contents(List<AuthoredLesson> lessons) {
        Map<Long, List<LessonContent.Question>> questions = questionsOf(lessons);
        Map<Long, LessonContent> contents = new LinkedHashMap<>();
        lessons.forEach(l -> contents.put(l.getId(), l.hasDraft() ? fromJson(l.getDraft())
                : liveContent(l, questions.getOrDefault(l.getId(), List.of()))));
        return contents;
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    private LessonContent validLesson(LessonContent raw, Long id) {
        LessonContent content = ContentRules.normalized(raw);
        Map<String, FieldProblem> problems = ContentRules.problems(content);
        Set<Long> known = em.createNamedQuery(AuthoredSkill.ALL, AuthoredSkill.class).getResultStream()
                .map(AuthoredSkill::getId).collect(Collectors.toSet());
        if (!known.containsAll(content.skillIds())) {
            problems.put("skills", FieldProblem.of("author.unknownSkill", ""));
        }
        if (content.slug().isEmpty()) {
            String base = SlugMaker.fromTitle(content.title());
            base = base.isEmpty() ? "lesson" : base;
            Set<String> taken = new HashSet<>(changes.taken(AuthoredLesson.SLUGS_LIKE, base));
            if (id != null) {
                taken.remove(changes.lesson(id).getSlug());
            }
            content = content.withSlug(SlugMaker.unique(base, taken));
        } else if (SlugMaker.isWellFormed(content.slug()) && lessonSlugTaken(content.slug(), id)) {
            problems.put("slug", FieldProblem.of("author.slugTaken"));
        }
        Changes.failOn(problems);
        return content;
    }

    private boolean lessonSlugTaken(String slug, Long id) {
        return em.createNamedQuery(AuthoredLesson.SLUG_TAKEN, Long.class).setParameter("slug", slug)
                .setParameter("id", id == null ? -1L : id).getSingleResult() > 0;
    }

    private LessonContent liveContent(AuthoredLesson lesson) {
        return liveContent(lesson, questionsOf(List.of(lesson)).getOrDefault(lesson.getId(), List.of()));
    }

    private static LessonContent liveContent(AuthoredLesson l, List<LessonContent.Question> questions) {
        return new LessonContent(l.getTitle(), l.getSlug(), l.getSummary(), l.getBodyMarkdown(), l.getMinutes(),
                l.getPassMark(), l.isRequired(), l.getSkillIds().stream().sorted().toList(), questions, l.getListening());
    }

    Map<Long, List<LessonContent.Question>> questionsOf(Collection<AuthoredLesson> lessons) {
        if (lessons.isEmpty()) {
            return Map.of();
        }
        return em.createNamedQuery(AuthoredQuestion.OF_LESSONS, AuthoredQuestion.class)
                .setParameter("lessons", lessons.stream().map(AuthoredLesson::getId).toList()).getResultStream()
                .sorted(Comparator.comparingInt(AuthoredQuestion::getPosition))
                .collect(Collectors.groupingBy(AuthoredQuestion::getLessonId, LinkedHashMap::new,
                        Collectors.mapping(AuthoredQuestion::content, Collectors.toList())));
    }

    private void replaceQuestions(AuthoredLesson lesson, List<LessonContent.Question> questions) {
        em.createNamedQuery(AuthoredQuestion.OF_LESSONS, AuthoredQuestion.class)
                .setParameter("lessons", List.of(lesson.getId())).getResultList().forEach(em::remove);
        // The old rows must be gone before new ones take their positions (unique per lesson and position).
        em.flush();
        for (int i = 0; i < questions.size(); i++) {
            em.persist(new AuthoredQuestion(lesson.getId(), i + 1, questions.get(i)));
        }
    }

    /** Deletes a lesson's rows (its check first); reporting is told before, to drop its figures. */
    public void removeLesson(AuthoredLesson lesson) {
        em.createNamedQuery(AuthoredQuestion.OF_LESSONS, AuthoredQuestion.class)
                .setParameter("lessons", List.of(lesson.getId())).getResultList().forEach(em::remove);
        em.flush();
        lessonRemoving.fire(new LessonRemoving(lesson.getId()));
        em.remove(lesson);
    }

    static String toJson(LessonContent content) {
        return JSON.toJson(content);
    }

    static LessonContent fromJson(String json) {
        return JSON.fromJson(json, LessonContent.class);
    }
}
