package app.soundpath.authoring.boundary;

import app.soundpath.platform.Callers;
import app.soundpath.authoring.control.AuditText;
import app.soundpath.authoring.control.CourseExchange;
import app.soundpath.authoring.control.PrerequisiteGraph;
import app.soundpath.authoring.control.ContentRules;
import app.soundpath.authoring.control.Reorder;
import app.soundpath.authoring.control.SlugMaker;
import app.soundpath.authoring.entity.AuditEntry;
import app.soundpath.authoring.entity.LessonAdded;
import app.soundpath.authoring.entity.LessonRemoving;
import app.soundpath.authoring.entity.AuditEntry.Action;
import app.soundpath.authoring.entity.AuditEntry.ObjectType;
import app.soundpath.authoring.entity.AuthoredCourse;
import app.soundpath.authoring.entity.AuthoredLesson;
import app.soundpath.authoring.entity.AuthoredQuestion;
import app.soundpath.authoring.entity.AuthoredSkill;
import app.soundpath.authoring.entity.ContentStatus;
import app.soundpath.authoring.entity.CourseDocument;
import app.soundpath.authoring.entity.CourseOwner;
import app.soundpath.authoring.entity.EditConflictException;
import app.soundpath.authoring.entity.FieldProblem;
import app.soundpath.authoring.entity.InvalidContentException;
import app.soundpath.authoring.entity.KeptForLearnersException;
import app.soundpath.authoring.entity.LessonContent;
import app.soundpath.authoring.entity.NotAllowedException;
import app.soundpath.authoring.entity.TrackPlacement;
import app.soundpath.authoring.entity.UnknownContentException;
import app.soundpath.authoring.entity.Views.Choice;
import app.soundpath.authoring.entity.Views.CourseEdit;
import app.soundpath.authoring.entity.Views.CourseInput;
import app.soundpath.authoring.entity.Views.CourseRow;
import app.soundpath.authoring.entity.Views.LessonEdit;
import app.soundpath.authoring.entity.Views.LessonRow;
import app.soundpath.authoring.entity.Views.Owner;
import app.soundpath.authoring.entity.Views.SkillInput;
import app.soundpath.authoring.entity.Views.SkillView;
import app.soundpath.authoring.entity.Views.TrackOrder;
import app.soundpath.identity.boundary.AccountService;
import app.soundpath.identity.entity.AccountView;
import app.soundpath.identity.entity.Role;
import app.soundpath.learning.boundary.LearningService;
import app.soundpath.platform.BusinessException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The authoring feature's one façade: instructors' courses, lessons, checks and skills, with drafts, publishing,
 * archiving, ordering, owners and the audit log. The caller comes from the container's security context only;
 * a course can be changed by its owner, its co-owners and admins. Every change is audited in its own transaction,
 * and every save names the version it was based on: a save based on an old version is refused as a conflict.
 */
@Stateless
@RolesAllowed({Role.Names.INSTRUCTOR, Role.Names.ADMIN})
public class AuthoringService {


    // Thread-safe and costly to create: one for the whole application.
    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    LearningService learning;

    @Inject
    AccountService accounts;

    @Inject
    jakarta.enterprise.event.Event<LessonAdded> lessonAdded;

    @Inject
    jakarta.enterprise.event.Event<LessonRemoving> lessonRemoving;

    @Resource
    SessionContext session;

    // ---- Courses ------------------------------------------------------------------------------------------------

    /** Admins: every course. Instructors: the courses they own or co-own. With lessons, learners and last edit. */
    public List<CourseRow> myCourses() {
        List<AuthoredCourse> courses = isAdmin()
                ? em.createNamedQuery(AuthoredCourse.ALL, AuthoredCourse.class).getResultList()
                : em.createNamedQuery(AuthoredCourse.OWNED_BY, AuthoredCourse.class).setParameter("account", callerId())
                        .getResultList();
        return rows(courses);
    }

    public CourseEdit course(Long id) {
        AuthoredCourse course = editable(id);
        Map<Long, String> trackSlugs = tracks().stream().collect(Collectors.toMap(TrackRef::id, TrackRef::slug));
        List<String> inTracks = placementsOf(id).stream().map(p -> trackSlugs.get(p.getTrackId())).toList();
        CourseInput values = new CourseInput(course.getTitle(), course.getSlug(), course.getSummary(), inTracks,
                course.getPrerequisites().stream().map(AuthoredCourse::getId).sorted().toList());
        List<LessonRow> lessons = lessonsOf(id).stream().map(l -> new LessonRow(l.getId(), l.getSlug(), l.getTitle(),
                l.getStatus(), l.hasDraft(), l.isRequired(), l.getMinutes(), l.getPosition())).toList();
        List<CourseOwner> owners = em.createNamedQuery(CourseOwner.OF_COURSE, CourseOwner.class)
                .setParameter("course", id).getResultList();
        Map<Long, AccountView> people = accounts.accounts(owners.stream().map(CourseOwner::getAccountId).toList());
        List<Owner> ownerViews = owners.stream().map(o -> {
            AccountView a = people.get(o.getAccountId());
            return new Owner(o.getAccountId(), a == null ? "" : a.displayName(), a == null ? "" : a.email(), o.getRole().name());
        }).toList();
        long learners = learning.learnerCounts(List.of(id)).getOrDefault(id, 0L);
        return new CourseEdit(id, course.getVersion(), values, course.getStatus(), lastEdit(course, lessonsOf(id)),
                learners, lessons, ownerViews, canManageOwners(id));
    }

    /** The tracks a course can sit in (value: slug). */
    public List<Choice> trackChoices() {
        return tracks().stream().map(t -> new Choice(t.slug(), t.title())).toList();
    }

    /** The courses another course can require (value: id), archived ones left out. */
    public List<Choice> prerequisiteChoices(Long exceptCourseId) {
        return em.createNamedQuery(AuthoredCourse.ALL, AuthoredCourse.class).getResultStream()
                .filter(c -> c.getStatus() != ContentStatus.ARCHIVED && !c.getId().equals(exceptCourseId))
                .map(c -> new Choice(String.valueOf(c.getId()), c.getTitle())).toList();
    }

    /** Creates a draft course owned by the caller; the slug is made from the title when none is given. */
    public Long createCourse(CourseInput raw) {
        CourseInput in = ContentRules.normalized(raw);
        Map<String, FieldProblem> problems = ContentRules.problems(in);
        Map<String, Long> trackIds = trackIds(in.tracks(), problems);
        Set<AuthoredCourse> prerequisites = prerequisites(null, in.prerequisites(), problems);
        String slug = courseSlug(in, null, problems);
        failOn(problems);
        AuthoredCourse course = new AuthoredCourse(slug, in.title(), in.summary(), now());
        em.persist(course);
        flushNew();
        course.edit(slug, in.title(), in.summary(), prerequisites, now());
        trackIds.values().forEach(t -> em.persist(new TrackPlacement(t, course.getId(), nextPosition(t))));
        em.persist(new CourseOwner(course.getId(), callerId(), CourseOwner.Role.OWNER, now()));
        audit(Action.CREATE, ObjectType.COURSE, course.getId(), course.getId(), course.getTitle(), null,
                AuditText.of(courseFields(course, in.tracks())));
        return course.getId();
    }

    /** Saves a course's settings (live at once); returns the new version. */
    public long updateCourse(Long id, long version, CourseInput raw) {
        AuthoredCourse course = editable(id);
        expectVersion(course.getVersion(), version, ObjectType.COURSE, id);
        CourseInput in = ContentRules.normalized(raw);
        Map<String, FieldProblem> problems = ContentRules.problems(in);
        Map<String, Long> trackIds = trackIds(in.tracks(), problems);
        Set<AuthoredCourse> prerequisites = prerequisites(id, in.prerequisites(), problems);
        String slug = courseSlug(in, id, problems);
        failOn(problems);
        claim(course, ObjectType.COURSE, id);
        Map<Long, String> slugOfTrack = tracks().stream().collect(Collectors.toMap(TrackRef::id, TrackRef::slug));
        List<TrackPlacement> placements = placementsOf(id);
        Map<String, String> before = courseFields(course,
                placements.stream().map(p -> slugOfTrack.get(p.getTrackId())).toList());
        course.edit(slug, in.title(), in.summary(), prerequisites, now());
        placements.stream().filter(p -> !trackIds.containsValue(p.getTrackId())).forEach(em::remove);
        trackIds.values().stream().filter(t -> placements.stream().noneMatch(p -> p.getTrackId().equals(t)))
                .forEach(t -> em.persist(new TrackPlacement(t, id, nextPosition(t))));
        Map<String, String> after = courseFields(course, in.tracks());
        if (before.equals(after)) {
            return course.getVersion();
        }
        if (!Set.copyOf(trackIds.values()).equals(placements.stream().map(TrackPlacement::getTrackId).collect(Collectors.toSet()))) {
            learning.recountCourse(id); // the tracks it counts in changed
        }
        List<String> diff = AuditText.diff(before, after);
        long saved = saveVersioned(course, ObjectType.COURSE, id);
        audit(Action.EDIT, ObjectType.COURSE, id, id, course.getTitle(), diff.get(0), diff.get(1));
        return saved;
    }

    /**
     * Publishes the course and its lessons that are still drafts (a published lesson's draft revision is published
     * from the lesson). On a published course it publishes the lessons added since. Returns how many lessons.
     */
    public int publishCourse(Long id) {
        AuthoredCourse course = editable(id);
        List<AuthoredLesson> lessons = lessonsOf(id);
        if (lessons.stream().noneMatch(l -> l.getStatus() != ContentStatus.ARCHIVED)) {
            throw new BusinessException("author.noLessons");
        }
        int published = 0;
        for (AuthoredLesson lesson : lessons) {
            if (lesson.getStatus() == ContentStatus.DRAFT && lesson.moveTo(ContentStatus.PUBLISHED, now())) {
                published++;
                audit(Action.PUBLISH, ObjectType.LESSON, lesson.getId(), id, lesson.getTitle(), "status: DRAFT", "status: PUBLISHED");
            }
        }
        if (course.getStatus() != ContentStatus.PUBLISHED) {
            status(course, ContentStatus.PUBLISHED, Action.PUBLISH);
        } else if (published == 0) {
            throw new BusinessException("author.nothingNewToPublish");
        }
        learning.recountCourse(id);
        return published;
    }

    /** Hides the course from learners (their progress and history stay). */
    public void archiveCourse(Long id) {
        status(editable(id), ContentStatus.ARCHIVED, Action.ARCHIVE);
        learning.recountCourse(id);
    }

    /** Brings an archived course back as a draft. */
    public void restoreCourse(Long id) {
        AuthoredCourse course = editable(id);
        if (course.getStatus() != ContentStatus.ARCHIVED) {
            throw new BusinessException("author.notArchived");
        }
        status(course, ContentStatus.DRAFT, Action.RESTORE);
        learning.recountCourse(id);
    }

    /** Deletes a course nobody ever studied, with its lessons and checks; anything learners touched is archived instead. */
    public void deleteCourse(Long id) {
        AuthoredCourse course = editable(id);
        List<AuthoredLesson> lessons = lessonsOf(id);
        if (course.getStatus() == ContentStatus.PUBLISHED) {
            throw new BusinessException("author.archiveFirst");
        }
        if (learning.hasLearnerHistory(id, lessons.stream().map(AuthoredLesson::getId).toList())) {
            throw new KeptForLearnersException();
        }
        lessons.forEach(this::removeLesson);
        em.createNativeQuery("DELETE FROM course_prerequisite WHERE course_id = ?1 OR required_course_id = ?1")
                .setParameter(1, id).executeUpdate();
        placementsOf(id).forEach(em::remove);
        em.createNamedQuery(CourseOwner.OF_COURSE, CourseOwner.class).setParameter("course", id).getResultList()
                .forEach(em::remove);
        audit(Action.DELETE, ObjectType.COURSE, id, id, course.getTitle(), AuditText.of(courseFields(course, List.of())), null);
        em.remove(course);
        em.flush();
    }

    // ---- Owners -------------------------------------------------------------------------------------------------

    /** Adds an instructor (by email) as co-owner. Only the owner and admins may. */
    public void addCoOwner(Long courseId, String email) {
        AuthoredCourse course = editable(courseId);
        requireOwnerOrAdmin(courseId);
        AccountView person = accounts.activeInstructor(email).orElseThrow(() ->
                new InvalidContentException(Map.of("email", FieldProblem.of("author.noSuchInstructor"))));
        if (em.find(CourseOwner.class, new CourseOwner.Key(courseId, person.id())) != null) {
            throw new InvalidContentException(Map.of("email", FieldProblem.of("author.alreadyOwner")));
        }
        em.persist(new CourseOwner(courseId, person.id(), CourseOwner.Role.CO_OWNER, now()));
        audit(Action.OWNER_ADDED, ObjectType.COURSE, courseId, courseId, course.getTitle(), null, person.email());
    }

    public void removeCoOwner(Long courseId, Long accountId) {
        AuthoredCourse course = editable(courseId);
        requireOwnerOrAdmin(courseId);
        CourseOwner owner = em.find(CourseOwner.class, new CourseOwner.Key(courseId, accountId));
        if (owner == null || owner.getRole() != CourseOwner.Role.CO_OWNER) {
            throw new BusinessException("author.notCoOwner");
        }
        em.remove(owner);
        String email = accounts.accounts(List.of(accountId)).values().stream().map(AccountView::email).findFirst().orElse("");
        audit(Action.OWNER_REMOVED, ObjectType.COURSE, courseId, courseId, course.getTitle(), email, null);
    }

    // ---- Lessons ------------------------------------------------------------------------------------------------

    public LessonEdit lesson(Long id) {
        AuthoredLesson lesson = existingLesson(id);
        AuthoredCourse course = editable(lesson.getCourseId());
        LessonContent live = liveContent(lesson);
        return new LessonEdit(id, lesson.getVersion(), course.getId(), course.getTitle(), course.getSlug(),
                course.getStatus(), lesson.getStatus(), lesson.hasDraft(),
                lesson.hasDraft() ? fromJson(lesson.getDraft()) : live, live);
    }

    /** An empty lesson to start from: 10 minutes, pass mark 80, required, no check. */
    public static LessonContent blankLesson() {
        return new LessonContent("", "", "", "", 10, 80, true, List.of(), List.of());
    }

    /** The skills a lesson can teach (value: id), by name. */
    public List<Choice> skillChoices() {
        return em.createNamedQuery(AuthoredSkill.ALL, AuthoredSkill.class).getResultStream()
                .map(s -> new Choice(String.valueOf(s.getId()), s.getName())).toList();
    }

    /** Adds a draft lesson at the end of the course. */
    public Long createLesson(Long courseId, LessonContent raw) {
        AuthoredCourse course = editable(courseId);
        LessonContent content = validLesson(raw, null);
        List<AuthoredLesson> siblings = lessonsOf(courseId);
        int position = siblings.stream().mapToInt(AuthoredLesson::getPosition).max().orElse(0) + 1;
        AuthoredLesson lesson = new AuthoredLesson(courseId, position, content, now());
        em.persist(lesson);
        flushNew();
        lessonAdded.fire(new LessonAdded(lesson.getId()));
        replaceQuestions(lesson, content.questions());
        audit(Action.CREATE, ObjectType.LESSON, lesson.getId(), courseId, lesson.getTitle(), null,
                AuditText.of(AuditText.lessonFields(content)) + " (in " + course.getTitle() + ")");
        return lesson.getId();
    }

    /**
     * Saves a lesson's text, settings and check. A draft lesson changes in place; a published one gets (or updates)
     * its draft revision, and learners keep seeing the live text until "Publish". Returns the new version.
     */
    public long saveLesson(Long id, long version, LessonContent raw) {
        AuthoredLesson lesson = existingLesson(id);
        editable(lesson.getCourseId());
        expectVersion(lesson.getVersion(), version, ObjectType.LESSON, id);
        LessonContent content = validLesson(raw, id);
        LessonContent before = lesson.hasDraft() ? fromJson(lesson.getDraft()) : liveContent(lesson);
        if (before.equals(content)) {
            return lesson.getVersion();
        }
        claim(lesson, ObjectType.LESSON, id);
        if (lesson.getStatus() == ContentStatus.PUBLISHED) {
            lesson.saveDraft(toJson(content), now());
        } else {
            lesson.apply(content, now());
            replaceQuestions(lesson, content.questions());
        }
        List<String> diff = AuditText.diff(AuditText.lessonFields(before), AuditText.lessonFields(content));
        long saved = saveVersioned(lesson, ObjectType.LESSON, id);
        audit(Action.EDIT, ObjectType.LESSON, id, lesson.getCourseId(), content.title(), diff.get(0), diff.get(1));
        return saved;
    }

    /** Makes the lesson visible to learners (of a published course); a draft revision replaces the live text. */
    public void publishLesson(Long id) {
        AuthoredLesson lesson = existingLesson(id);
        editable(lesson.getCourseId());
        claim(lesson, ObjectType.LESSON, id);
        LessonContent live = liveContent(lesson);
        LessonContent published = live;
        if (lesson.hasDraft()) {
            published = fromJson(lesson.getDraft());
            // The slug was free when the draft was saved; someone may have taken it since.
            if (!published.slug().equals(lesson.getSlug()) && lessonSlugTaken(published.slug(), id)) {
                throw new InvalidContentException(Map.of("slug", FieldProblem.of("author.slugTaken")));
            }
            lesson.apply(published, now());
            replaceQuestions(lesson, published.questions());
            lesson.discardDraft(now());
        }
        ContentStatus was = lesson.getStatus();
        boolean statusChanged = lesson.moveTo(ContentStatus.PUBLISHED, now());
        if (!statusChanged && published == live) {
            throw new BusinessException("author.nothingToPublish");
        }
        List<String> diff = AuditText.diff(AuditText.lessonFields(live), AuditText.lessonFields(published));
        saveVersioned(lesson, ObjectType.LESSON, id);
        audit(Action.PUBLISH, ObjectType.LESSON, id, lesson.getCourseId(), lesson.getTitle(),
                joined(statusChanged ? "status: " + was : "", diff.get(0)),
                joined(statusChanged ? "status: PUBLISHED" : "", diff.get(1)));
        learning.recountCourse(lesson.getCourseId());
    }

    private static String joined(String first, String second) {
        return first.isEmpty() ? second : second.isEmpty() ? first : first + "; " + second;
    }

    /** Throws the draft revision of a published lesson away; the live text stays as it is. */
    public void discardDraft(Long id) {
        AuthoredLesson lesson = existingLesson(id);
        editable(lesson.getCourseId());
        String draftTitle = lesson.hasDraft() ? fromJson(lesson.getDraft()).title() : null;
        if (!lesson.discardDraft(now())) {
            throw new BusinessException("author.noDraft");
        }
        saveVersioned(lesson, ObjectType.LESSON, id);
        audit(Action.DISCARD_DRAFT, ObjectType.LESSON, id, lesson.getCourseId(), lesson.getTitle(),
                "draft: " + draftTitle, "draft: –");
    }

    /** Hides the lesson from learners; their progress and attempts stay. */
    public void archiveLesson(Long id) {
        AuthoredLesson lesson = existingLesson(id);
        editable(lesson.getCourseId());
        ContentStatus was = lesson.getStatus();
        if (!lesson.moveTo(ContentStatus.ARCHIVED, now())) {
            throw new BusinessException("author.alreadyArchived");
        }
        saveVersioned(lesson, ObjectType.LESSON, id);
        audit(Action.ARCHIVE, ObjectType.LESSON, id, lesson.getCourseId(), lesson.getTitle(), "status: " + was, "status: ARCHIVED");
        learning.recountCourse(lesson.getCourseId());
    }

    public void restoreLesson(Long id) {
        AuthoredLesson lesson = existingLesson(id);
        editable(lesson.getCourseId());
        if (lesson.getStatus() != ContentStatus.ARCHIVED) {
            throw new BusinessException("author.notArchived");
        }
        lesson.moveTo(ContentStatus.DRAFT, now());
        saveVersioned(lesson, ObjectType.LESSON, id);
        audit(Action.RESTORE, ObjectType.LESSON, id, lesson.getCourseId(), lesson.getTitle(), "status: ARCHIVED", "status: DRAFT");
    }

    /** Deletes a lesson that was never published live to anybody's record; otherwise it must be archived. */
    public void deleteLesson(Long id) {
        AuthoredLesson lesson = existingLesson(id);
        Long courseId = lesson.getCourseId();
        editable(courseId);
        if (lesson.getStatus() == ContentStatus.PUBLISHED) {
            throw new BusinessException("author.archiveFirst");
        }
        if (learning.hasLearnerHistory(null, List.of(id))) {
            throw new KeptForLearnersException();
        }
        audit(Action.DELETE, ObjectType.LESSON, id, courseId, lesson.getTitle(), AuditText.of(AuditText.lessonFields(liveContent(lesson))), null);
        removeLesson(lesson);
        List<AuthoredLesson> rest = lessonsOf(courseId).stream().filter(l -> !l.getId().equals(id)).toList();
        for (int i = 0; i < rest.size(); i++) {
            rest.get(i).placeAt(i + 1);
        }
        em.flush();
    }

    /** Moves a lesson one place up or down in its course. */
    public void moveLesson(Long id, boolean up) {
        AuthoredLesson lesson = existingLesson(id);
        editable(lesson.getCourseId());
        List<AuthoredLesson> order = lessonsOf(lesson.getCourseId());
        List<AuthoredLesson> moved = Reorder.move(order, lesson, up);
        if (moved.equals(order)) {
            return;
        }
        int was = order.indexOf(lesson) + 1;
        for (int i = 0; i < moved.size(); i++) {
            moved.get(i).placeAt(i + 1);
        }
        audit(Action.REORDER, ObjectType.LESSON, id, lesson.getCourseId(), lesson.getTitle(),
                "position: " + was, "position: " + (moved.indexOf(lesson) + 1));
    }

    // ---- Tracks (admins) ----------------------------------------------------------------------------------------

    /** Every track's courses in their order, for reordering. */
    @RolesAllowed(Role.Names.ADMIN)
    public List<TrackOrder> trackOrders() {
        Map<Long, AuthoredCourse> courses = em.createNamedQuery(AuthoredCourse.ALL, AuthoredCourse.class)
                .getResultStream().collect(Collectors.toMap(AuthoredCourse::getId, Function.identity()));
        Map<Long, List<TrackPlacement>> byTrack = em.createNamedQuery(TrackPlacement.ALL, TrackPlacement.class)
                .getResultStream().collect(Collectors.groupingBy(TrackPlacement::getTrackId));
        return tracks().stream().map(t -> new TrackOrder(t.slug(), t.title(), byTrack.getOrDefault(t.id(), List.of())
                .stream().map(p -> courses.get(p.getCourseId()))
                .map(c -> new CourseRow(c.getId(), c.getSlug(), c.getTitle(), c.getStatus(), c.getUpdatedAt(), 0, 0, null))
                .toList())).toList();
    }

    /** Moves a course one place up or down in a track. */
    @RolesAllowed(Role.Names.ADMIN)
    public void moveCourseInTrack(String trackSlug, Long courseId, boolean up) {
        TrackRef track = tracks().stream().filter(t -> t.slug().equals(trackSlug)).findFirst()
                .orElseThrow(UnknownContentException::new);
        List<TrackPlacement> order = em.createNamedQuery(TrackPlacement.OF_TRACK, TrackPlacement.class)
                .setParameter("track", track.id()).getResultList();
        TrackPlacement placement = order.stream().filter(p -> p.getCourseId().equals(courseId)).findFirst()
                .orElseThrow(UnknownContentException::new);
        List<TrackPlacement> moved = Reorder.move(order, placement, up);
        if (moved.equals(order)) {
            return;
        }
        for (int i = 0; i < moved.size(); i++) {
            moved.get(i).placeAt(i + 1);
        }
        AuthoredCourse course = em.find(AuthoredCourse.class, courseId);
        audit(Action.REORDER, ObjectType.TRACK, track.id(), courseId, track.title() + ": " + course.getTitle(),
                "position: " + (order.indexOf(placement) + 1), "position: " + (moved.indexOf(placement) + 1));
    }

    // ---- Skills -------------------------------------------------------------------------------------------------

    /** The shared skill map. Any instructor may add and edit skills; edits are live when saved. */
    public List<SkillView> skills() {
        Map<Long, String> slugOfTrack = tracks().stream().collect(Collectors.toMap(TrackRef::id, TrackRef::slug));
        return em.createNamedQuery(AuthoredSkill.ALL, AuthoredSkill.class).getResultStream()
                .map(s -> skillView(s, slugOfTrack)).toList();
    }

    public SkillView skill(Long id) {
        Map<Long, String> slugOfTrack = tracks().stream().collect(Collectors.toMap(TrackRef::id, TrackRef::slug));
        return skillView(existingSkill(id), slugOfTrack);
    }

    public Long createSkill(SkillInput raw) {
        SkillInput in = ContentRules.normalized(raw);
        Map<String, FieldProblem> problems = ContentRules.problems(in);
        Map<String, Long> trackIds = trackIds(in.tracks(), problems);
        String slug = skillSlug(in, null, problems);
        failOn(problems);
        AuthoredSkill skill = new AuthoredSkill(slug, in.name(), in.description(), Set.copyOf(trackIds.values()), now());
        em.persist(skill);
        flushNew();
        audit(Action.CREATE, ObjectType.SKILL, skill.getId(), null, skill.getName(), null,
                AuditText.of(AuditText.skillFields(skill.getSlug(), in.name(), in.description(), in.tracks())));
        return skill.getId();
    }

    public long updateSkill(Long id, long version, SkillInput raw) {
        AuthoredSkill skill = existingSkill(id);
        expectVersion(skill.getVersion(), version, ObjectType.SKILL, id);
        SkillInput in = ContentRules.normalized(raw);
        Map<String, FieldProblem> problems = ContentRules.problems(in);
        Map<String, Long> trackIds = trackIds(in.tracks(), problems);
        String slug = skillSlug(in, id, problems);
        failOn(problems);
        claim(skill, ObjectType.SKILL, id);
        SkillView old = skill(id);
        Map<String, String> before = AuditText.skillFields(old.slug(), old.name(), old.description(), old.tracks());
        skill.edit(slug, in.name(), in.description(), Set.copyOf(trackIds.values()), now());
        Map<String, String> after = AuditText.skillFields(slug, in.name(), in.description(), in.tracks().stream().sorted().toList());
        if (before.equals(after)) {
            return skill.getVersion();
        }
        List<String> diff = AuditText.diff(before, after);
        long saved = saveVersioned(skill, ObjectType.SKILL, id);
        audit(Action.EDIT, ObjectType.SKILL, id, null, skill.getName(), diff.get(0), diff.get(1));
        return saved;
    }

    // ---- Export and import ------------------------------------------------------------------------------------------

    /** The course as one document: settings, and every lesson that is not archived, as the editor shows it. */
    public CourseDocument exportCourse(Long id) {
        CourseEdit course = course(id);
        Map<Long, String> skillSlugs = em.createNamedQuery(AuthoredSkill.ALL, AuthoredSkill.class).getResultStream()
                .collect(Collectors.toMap(AuthoredSkill::getId, AuthoredSkill::getSlug));
        Map<Long, String> courseSlugs = em.createNamedQuery(AuthoredCourse.ALL, AuthoredCourse.class).getResultStream()
                .collect(Collectors.toMap(AuthoredCourse::getId, AuthoredCourse::getSlug));
        Map<Long, List<LessonContent.Question>> questions = questionsOf(lessonsOf(id));
        List<CourseDocument.Lesson> lessons = lessonsOf(id).stream().filter(l -> l.getStatus() != ContentStatus.ARCHIVED)
                .map(l -> {
                    LessonContent c = l.hasDraft() ? fromJson(l.getDraft())
                            : liveContent(l, questions.getOrDefault(l.getId(), List.of()));
                    return CourseExchange.lesson(c, skillSlugs);
                }).toList();
        return new CourseDocument(CourseDocument.FORMAT, course.values().title(), course.values().slug(),
                course.values().summary(), course.values().tracks(),
                course.values().prerequisites().stream().map(courseSlugs::get).toList(), lessons);
    }

    /**
     * Creates a new draft course, owned by the caller, from a document. Slugs already taken get a number added
     * (so a course can be imported next to the one it was exported from). Nothing is created if anything is wrong.
     */
    public Long importCourse(CourseDocument doc) {
        CourseExchange.Plan plan = CourseExchange.plan(doc, new CourseExchange.Known(
                em.createNamedQuery(AuthoredSkill.ALL, AuthoredSkill.class).getResultStream()
                        .collect(Collectors.toMap(AuthoredSkill::getSlug, AuthoredSkill::getId)),
                em.createNamedQuery(AuthoredCourse.ALL, AuthoredCourse.class).getResultStream()
                        .collect(Collectors.toMap(AuthoredCourse::getSlug, AuthoredCourse::getId)),
                tracks().stream().map(TrackRef::slug).collect(Collectors.toSet()),
                base -> taken(AuthoredCourse.SLUGS_LIKE, base), base -> taken(AuthoredLesson.SLUGS_LIKE, base)));
        Long id = createCourse(plan.course());
        for (LessonContent content : plan.lessons()) {
            createLesson(id, content);
        }
        AuthoredCourse created = em.find(AuthoredCourse.class, id);
        audit(Action.IMPORT, ObjectType.COURSE, id, id, created.getTitle(), null, plan.lessons().size() + " lessons imported");
        return id;
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    private record TrackRef(Long id, String slug, String title) {
    }

    private List<TrackRef> tracks() {
        // Tracks belong to the catalog and are not edited here; this reads their ids, slugs and titles only.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, slug, title FROM track ORDER BY position").getResultList();
        return rows.stream().map(r -> new TrackRef(((Number) r[0]).longValue(), (String) r[1], (String) r[2])).toList();
    }

    private Map<String, Long> trackIds(List<String> slugs, Map<String, FieldProblem> problems) {
        Map<String, Long> known = tracks().stream().collect(Collectors.toMap(TrackRef::slug, TrackRef::id));
        Map<String, Long> ids = new LinkedHashMap<>();
        for (String slug : slugs) {
            if (known.containsKey(slug)) {
                ids.put(slug, known.get(slug));
            } else {
                problems.put("tracks", FieldProblem.of("author.unknownTrack"));
            }
        }
        return ids;
    }

    private Set<AuthoredCourse> prerequisites(Long courseId, List<Long> ids, Map<String, FieldProblem> problems) {
        Set<AuthoredCourse> courses = new HashSet<>();
        for (Long id : ids) {
            AuthoredCourse required = id == null ? null : em.find(AuthoredCourse.class, id);
            if (required == null || required.getId().equals(courseId)) {
                problems.put("prerequisites", FieldProblem.of("author.unknownPrerequisite"));
            } else {
                courses.add(required);
            }
        }
        if (courseId != null && !courses.isEmpty() && new PrerequisiteGraph(em.createNamedQuery(
                AuthoredCourse.PREREQUISITE_PAIRS, Object[].class).getResultStream().map(r -> new Long[] {(Long) r[0], (Long) r[1]})
                .toList()).createsCycle(courseId, courses.stream().map(AuthoredCourse::getId).collect(Collectors.toSet()))) {
            problems.put("prerequisites", FieldProblem.of("author.prerequisiteCycle"));
        }
        return courses;
    }

    private String courseSlug(CourseInput in, Long id, Map<String, FieldProblem> problems) {
        if (!in.slug().isEmpty()) {
            if (SlugMaker.isWellFormed(in.slug()) && em.createNamedQuery(AuthoredCourse.SLUG_TAKEN, Long.class)
                    .setParameter("slug", in.slug()).setParameter("id", id == null ? -1L : id).getSingleResult() > 0) {
                problems.put("slug", FieldProblem.of("author.slugTaken"));
            }
            return in.slug();
        }
        String base = SlugMaker.fromTitle(in.title());
        base = base.isEmpty() ? "course" : base;
        return SlugMaker.unique(base, taken(AuthoredCourse.SLUGS_LIKE, base));
    }

    private String skillSlug(SkillInput in, Long id, Map<String, FieldProblem> problems) {
        String slug = in.slug().isEmpty() ? SlugMaker.fromTitle(in.name()) : in.slug();
        slug = slug.isEmpty() ? "skill" : slug;
        boolean taken = em.createNamedQuery(AuthoredSkill.SLUG_TAKEN, Long.class).setParameter("slug", slug)
                .setParameter("id", id == null ? -1L : id).getSingleResult() > 0;
        if (taken && !in.slug().isEmpty()) {
            problems.put("slug", FieldProblem.of("author.slugTaken"));
        } else if (taken) {
            problems.put("name", FieldProblem.of("author.nameTaken"));
        }
        return slug;
    }

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
            Set<String> taken = new HashSet<>(taken(AuthoredLesson.SLUGS_LIKE, base));
            if (id != null) {
                taken.remove(existingLesson(id).getSlug());
            }
            content = content.withSlug(SlugMaker.unique(base, taken));
        } else if (SlugMaker.isWellFormed(content.slug()) && lessonSlugTaken(content.slug(), id)) {
            problems.put("slug", FieldProblem.of("author.slugTaken"));
        }
        failOn(problems);
        return content;
    }

    private boolean lessonSlugTaken(String slug, Long id) {
        return em.createNamedQuery(AuthoredLesson.SLUG_TAKEN, Long.class).setParameter("slug", slug)
                .setParameter("id", id == null ? -1L : id).getSingleResult() > 0;
    }

    private Set<String> taken(String query, String base) {
        return new HashSet<>(em.createNamedQuery(query, String.class).setParameter("prefix", base + "%").getResultList());
    }

    private static void failOn(Map<String, FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidContentException(problems);
        }
    }

    private static void expectVersion(long current, long expected, ObjectType type, Long id) {
        if (current != expected) {
            throw new EditConflictException(type, id);
        }
    }

    /**
     * Claims the version the caller's save is based on: the row's version is raised now, so of two saves based on
     * the same version the second waits for the first and then fails here, before it changes anything.
     */
    private void claim(Object entity, ObjectType type, Long id) {
        saveVersioned(entity, type, id);
    }

    /**
     * Writes a new course, lesson or skill now. The slug was checked as free, but another author's create of the
     * same slug may have landed since: the unique key then says no, and the author gets "taken" beside the field
     * instead of an error page.
     */
    private void flushNew() {
        try {
            em.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                    throw new InvalidContentException(Map.of("slug", FieldProblem.of("author.slugTaken")));
                }
            }
            throw e;
        }
    }

    /** Bumps the version and writes now, so a concurrent save of the same version fails here, not at commit. */
    private long saveVersioned(Object entity, ObjectType type, Long id) {
        try {
            em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            em.flush();
        } catch (OptimisticLockException e) {
            throw new EditConflictException(type, id);
        }
        return entity instanceof AuthoredCourse c ? c.getVersion()
                : entity instanceof AuthoredLesson l ? l.getVersion() : ((AuthoredSkill) entity).getVersion();
    }

    private void status(AuthoredCourse course, ContentStatus next, Action action) {
        ContentStatus was = course.getStatus();
        if (!course.moveTo(next, now())) {
            throw new BusinessException("author.alreadyThere");
        }
        saveVersioned(course, ObjectType.COURSE, course.getId());
        audit(action, ObjectType.COURSE, course.getId(), course.getId(), course.getTitle(), "status: " + was, "status: " + next);
    }

    private AuthoredCourse editable(Long id) {
        AuthoredCourse course = id == null ? null : em.find(AuthoredCourse.class, id);
        if (course == null) {
            throw new UnknownContentException();
        }
        if (!isAdmin() && em.find(CourseOwner.class, new CourseOwner.Key(id, callerId())) == null) {
            throw new NotAllowedException();
        }
        return course;
    }

    private boolean canManageOwners(Long courseId) {
        CourseOwner me = em.find(CourseOwner.class, new CourseOwner.Key(courseId, callerId()));
        return isAdmin() || (me != null && me.getRole() == CourseOwner.Role.OWNER);
    }

    private void requireOwnerOrAdmin(Long courseId) {
        if (!canManageOwners(courseId)) {
            throw new NotAllowedException();
        }
    }

    private AuthoredLesson existingLesson(Long id) {
        AuthoredLesson lesson = id == null ? null : em.find(AuthoredLesson.class, id);
        if (lesson == null) {
            throw new UnknownContentException();
        }
        return lesson;
    }

    private AuthoredSkill existingSkill(Long id) {
        AuthoredSkill skill = id == null ? null : em.find(AuthoredSkill.class, id);
        if (skill == null) {
            throw new UnknownContentException();
        }
        return skill;
    }

    private List<AuthoredLesson> lessonsOf(Long courseId) {
        return em.createNamedQuery(AuthoredLesson.OF_COURSE, AuthoredLesson.class).setParameter("course", courseId)
                .getResultList();
    }

    private List<TrackPlacement> placementsOf(Long courseId) {
        return em.createNamedQuery(TrackPlacement.OF_COURSE, TrackPlacement.class).setParameter("course", courseId)
                .getResultList();
    }

    private int nextPosition(Long trackId) {
        return em.createNamedQuery(TrackPlacement.OF_TRACK, TrackPlacement.class).setParameter("track", trackId)
                .getResultStream().mapToInt(TrackPlacement::getPosition).max().orElse(0) + 1;
    }

    private List<CourseRow> rows(List<AuthoredCourse> courses) {
        List<Long> ids = courses.stream().map(AuthoredCourse::getId).toList();
        Map<Long, List<AuthoredLesson>> lessons = ids.isEmpty() ? Map.of()
                : em.createNamedQuery(AuthoredLesson.OF_COURSES, AuthoredLesson.class).setParameter("courses", ids)
                        .getResultStream().collect(Collectors.groupingBy(AuthoredLesson::getCourseId));
        Map<Long, Long> learners = learning.learnerCounts(ids);
        Map<Long, String> roles = em.createNamedQuery(CourseOwner.OF_ACCOUNT, CourseOwner.class)
                .setParameter("account", callerId()).getResultStream()
                .collect(Collectors.toMap(CourseOwner::getCourseId, o -> o.getRole().name()));
        return courses.stream().map(c -> {
            List<AuthoredLesson> own = lessons.getOrDefault(c.getId(), List.of());
            int count = (int) own.stream().filter(l -> l.getStatus() != ContentStatus.ARCHIVED).count();
            return new CourseRow(c.getId(), c.getSlug(), c.getTitle(), c.getStatus(), lastEdit(c, own), count,
                    learners.getOrDefault(c.getId(), 0L), roles.get(c.getId()));
        }).toList();
    }

    /** The course's last edit: its own or any of its lessons', whichever is latest (null for untouched seed content). */
    private static Instant lastEdit(AuthoredCourse course, List<AuthoredLesson> lessons) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(course.getUpdatedAt()),
                        lessons.stream().map(AuthoredLesson::getUpdatedAt))
                .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    }

    private LessonContent liveContent(AuthoredLesson lesson) {
        return liveContent(lesson, questionsOf(List.of(lesson)).getOrDefault(lesson.getId(), List.of()));
    }

    private static LessonContent liveContent(AuthoredLesson l, List<LessonContent.Question> questions) {
        return new LessonContent(l.getTitle(), l.getSlug(), l.getSummary(), l.getBodyMarkdown(), l.getMinutes(),
                l.getPassMark(), l.isRequired(), l.getSkillIds().stream().sorted().toList(), questions);
    }

    private Map<Long, List<LessonContent.Question>> questionsOf(Collection<AuthoredLesson> lessons) {
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

    private void removeLesson(AuthoredLesson lesson) {
        em.createNamedQuery(AuthoredQuestion.OF_LESSONS, AuthoredQuestion.class)
                .setParameter("lessons", List.of(lesson.getId())).getResultList().forEach(em::remove);
        em.flush();
        lessonRemoving.fire(new LessonRemoving(lesson.getId()));
        em.remove(lesson);
    }

    private static Map<String, String> courseFields(AuthoredCourse c, List<String> tracks) {
        return AuditText.courseFields(c.getTitle(), c.getSlug(), c.getSummary(), tracks,
                c.getPrerequisites().stream().map(AuthoredCourse::getSlug).toList());
    }

    private SkillView skillView(AuthoredSkill s, Map<Long, String> slugOfTrack) {
        return new SkillView(s.getId(), s.getVersion(), s.getSlug(), s.getName(), s.getDescription(),
                s.getTrackIds().stream().map(slugOfTrack::get).filter(Objects::nonNull).sorted().toList());
    }

    private void audit(Action action, ObjectType type, Long objectId, Long courseId, String title, String before, String after) {
        em.persist(new AuditEntry(now(), callerId(), action, type, objectId, courseId, title,
                before == null || before.isEmpty() ? null : before, after == null || after.isEmpty() ? null : after));
    }

    static String toJson(LessonContent content) {
        return JSON.toJson(content);
    }

    static LessonContent fromJson(String json) {
        return JSON.fromJson(json, LessonContent.class);
    }

    private boolean isAdmin() {
        return session.isCallerInRole(Role.Names.ADMIN);
    }

    private Long callerId() {
        return Callers.id(session);
    }

    private Instant now() {
        return clock.instant();
    }
}
