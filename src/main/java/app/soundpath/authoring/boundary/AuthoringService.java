package app.soundpath.authoring.boundary;

import app.soundpath.authoring.control.AuditText;
import app.soundpath.authoring.control.PrerequisiteGraph;
import app.soundpath.authoring.control.ContentRules;
import app.soundpath.authoring.control.Reorder;
import app.soundpath.authoring.control.SlugMaker;
import app.soundpath.authoring.entity.AuditEntry.Action;
import app.soundpath.authoring.entity.AuditEntry.ObjectType;
import app.soundpath.authoring.entity.AuthoredCourse;
import app.soundpath.authoring.entity.AuthoredLesson;
import app.soundpath.authoring.entity.ContentStatus;
import app.soundpath.authoring.entity.CourseOwner;
import app.soundpath.authoring.entity.CourseRemoving;
import app.soundpath.authoring.entity.FieldProblem;
import app.soundpath.authoring.entity.InvalidContentException;
import app.soundpath.authoring.entity.KeptForLearnersException;
import app.soundpath.authoring.entity.TrackPlacement;
import app.soundpath.authoring.entity.UnknownContentException;
import app.soundpath.authoring.entity.Views.Choice;
import app.soundpath.authoring.entity.Views.CourseEdit;
import app.soundpath.authoring.entity.Views.CourseInput;
import app.soundpath.authoring.entity.Views.CourseRow;
import app.soundpath.authoring.entity.Views.LessonRow;
import app.soundpath.authoring.entity.Views.Owner;
import app.soundpath.authoring.entity.Views.TrackOrder;
import app.soundpath.identity.boundary.AccountService;
import app.soundpath.identity.entity.AccountView;
import app.soundpath.identity.entity.Role;
import app.soundpath.learning.boundary.LearningService;
import app.soundpath.platform.BusinessException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Courses: instructors' own courses and their settings, publishing, archiving, restoring and deleting a course,
 * its co-instructors, and (admins) the order of courses in a track. Lessons and checks are edited through
 * {@link LessonEditing}, skills through {@link SkillEditing}, course documents through {@link CourseTransfer};
 * permissions, versions and the audit trail of all of them through {@link Changes}. The caller comes from the
 * container's security context only; a course can be changed by its owner, its co-owners and admins.
 */
@Stateless
@RolesAllowed({Role.Names.INSTRUCTOR, Role.Names.ADMIN})
public class AuthoringService {


    @PersistenceContext
    EntityManager em;

    @Inject
    LearningService learning;

    @Inject
    jakarta.enterprise.event.Event<CourseRemoving> courseRemoving;

    @Inject
    AccountService accounts;

    @Inject
    Changes changes;

    @Inject
    LessonEditing lessonEditing;

    // ---- Courses ------------------------------------------------------------------------------------------------

    /** Admins: every course. Instructors: the courses they own or co-own. With lessons, learners and last edit. */
    public List<CourseRow> myCourses() {
        List<AuthoredCourse> courses = changes.isAdmin()
                ? em.createNamedQuery(AuthoredCourse.ALL, AuthoredCourse.class).getResultList()
                : em.createNamedQuery(AuthoredCourse.OWNED_BY, AuthoredCourse.class).setParameter("account", changes.callerId())
                        .getResultList();
        return rows(courses);
    }

    public CourseEdit course(Long id) {
        AuthoredCourse course = changes.course(id);
        Map<Long, String> trackSlugs = changes.tracks().stream().collect(Collectors.toMap(Changes.TrackRef::id, Changes.TrackRef::slug));
        List<String> inTracks = placementsOf(id).stream().map(p -> trackSlugs.get(p.getTrackId())).toList();
        CourseInput values = new CourseInput(course.getTitle(), course.getSlug(), course.getSummary(), inTracks,
                course.getPrerequisites().stream().map(AuthoredCourse::getId).sorted().toList());
        List<LessonRow> lessons = changes.lessonsOf(id).stream().map(l -> new LessonRow(l.getId(), l.getSlug(), l.getTitle(),
                l.getStatus(), l.hasDraft(), l.isRequired(), l.getMinutes(), l.getPosition())).toList();
        List<CourseOwner> owners = em.createNamedQuery(CourseOwner.OF_COURSE, CourseOwner.class)
                .setParameter("course", id).getResultList();
        Map<Long, AccountView> people = accounts.accounts(owners.stream().map(CourseOwner::getAccountId).toList());
        List<Owner> ownerViews = owners.stream().map(o -> {
            AccountView a = people.get(o.getAccountId());
            return new Owner(o.getAccountId(), a == null ? "" : a.displayName(), a == null ? "" : a.email(), o.getRole().name());
        }).toList();
        long learners = learning.learnerCounts(List.of(id)).getOrDefault(id, 0L);
        return new CourseEdit(id, course.getVersion(), values, course.getStatus(), lastEdit(course, changes.lessonsOf(id)),
                learners, lessons, ownerViews, changes.canManageOwners(id));
    }

    /** The tracks a course can sit in (value: slug). */
    public List<Choice> trackChoices() {
        return changes.tracks().stream().map(t -> new Choice(t.slug(), t.title())).toList();
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
        Map<String, Long> trackIds = changes.trackIds(in.tracks(), problems);
        Set<AuthoredCourse> prerequisites = prerequisites(null, in.prerequisites(), problems);
        String slug = courseSlug(in, null, problems);
        Changes.failOn(problems);
        AuthoredCourse course = new AuthoredCourse(slug, in.title(), in.summary(), changes.now());
        em.persist(course);
        changes.flushNew();
        course.edit(slug, in.title(), in.summary(), prerequisites, changes.now());
        trackIds.values().forEach(t -> em.persist(new TrackPlacement(t, course.getId(), nextPosition(t))));
        em.persist(new CourseOwner(course.getId(), changes.callerId(), CourseOwner.Role.OWNER, changes.now()));
        changes.audit(Action.CREATE, ObjectType.COURSE, course.getId(), course.getId(), course.getTitle(), null,
                AuditText.of(courseFields(course, in.tracks())));
        return course.getId();
    }

    /** Saves a course's settings (live at once); returns the new version. */
    public long updateCourse(Long id, long version, CourseInput raw) {
        AuthoredCourse course = changes.course(id);
        Changes.expectVersion(course.getVersion(), version, ObjectType.COURSE, id);
        CourseInput in = ContentRules.normalized(raw);
        Map<String, FieldProblem> problems = ContentRules.problems(in);
        Map<String, Long> trackIds = changes.trackIds(in.tracks(), problems);
        Set<AuthoredCourse> prerequisites = prerequisites(id, in.prerequisites(), problems);
        String slug = courseSlug(in, id, problems);
        Changes.failOn(problems);
        changes.claim(course, ObjectType.COURSE, id);
        Map<Long, String> slugOfTrack = changes.tracks().stream().collect(Collectors.toMap(Changes.TrackRef::id, Changes.TrackRef::slug));
        List<TrackPlacement> placements = placementsOf(id);
        Map<String, String> before = courseFields(course,
                placements.stream().map(p -> slugOfTrack.get(p.getTrackId())).toList());
        course.edit(slug, in.title(), in.summary(), prerequisites, changes.now());
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
        long saved = changes.saveVersioned(course, ObjectType.COURSE, id);
        changes.audit(Action.EDIT, ObjectType.COURSE, id, id, course.getTitle(), diff.get(0), diff.get(1));
        return saved;
    }

    /**
     * Publishes the course and its lessons that are still drafts (a published lesson's draft revision is published
     * from the lesson). On a published course it publishes the lessons added since. Returns how many lessons.
     */
    public int publishCourse(Long id) {
        AuthoredCourse course = changes.course(id);
        List<AuthoredLesson> lessons = changes.lessonsOf(id);
        if (lessons.stream().noneMatch(l -> l.getStatus() != ContentStatus.ARCHIVED)) {
            throw new BusinessException("author.noLessons");
        }
        int published = 0;
        for (AuthoredLesson lesson : lessons) {
            if (lesson.getStatus() == ContentStatus.DRAFT && lesson.moveTo(ContentStatus.PUBLISHED, changes.now())) {
                published++;
                changes.audit(Action.PUBLISH, ObjectType.LESSON, lesson.getId(), id, lesson.getTitle(), "status: DRAFT", "status: PUBLISHED");
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
        status(changes.course(id), ContentStatus.ARCHIVED, Action.ARCHIVE);
        learning.recountCourse(id);
    }

    /** Brings an archived course back as a draft. */
    public void restoreCourse(Long id) {
        AuthoredCourse course = changes.course(id);
        if (course.getStatus() != ContentStatus.ARCHIVED) {
            throw new BusinessException("author.notArchived");
        }
        status(course, ContentStatus.DRAFT, Action.RESTORE);
        learning.recountCourse(id);
    }

    /** Deletes a course nobody ever studied, with its lessons and checks; anything learners touched is archived instead. */
    public void deleteCourse(Long id) {
        AuthoredCourse course = changes.course(id);
        List<AuthoredLesson> lessons = changes.lessonsOf(id);
        if (course.getStatus() == ContentStatus.PUBLISHED) {
            throw new BusinessException("author.archiveFirst");
        }
        if (learning.hasLearnerHistory(id, lessons.stream().map(AuthoredLesson::getId).toList())) {
            throw new KeptForLearnersException();
        }
        lessons.forEach(lessonEditing::removeLesson);
        em.createNativeQuery("DELETE FROM course_prerequisite WHERE course_id = ?1 OR required_course_id = ?1")
                .setParameter(1, id).executeUpdate();
        placementsOf(id).forEach(em::remove);
        em.createNamedQuery(CourseOwner.OF_COURSE, CourseOwner.class).setParameter("course", id).getResultList()
                .forEach(em::remove);
        changes.audit(Action.DELETE, ObjectType.COURSE, id, id, course.getTitle(), AuditText.of(courseFields(course, List.of())), null);
        courseRemoving.fire(new CourseRemoving(id));
        em.remove(course);
        em.flush();
    }

    // ---- Owners -------------------------------------------------------------------------------------------------

    /** Adds an instructor (by email) as co-owner. Only the owner and admins may. */
    public void addCoOwner(Long courseId, String email) {
        AuthoredCourse course = changes.course(courseId);
        changes.requireOwnerOrAdmin(courseId);
        AccountView person = accounts.activeInstructor(email).orElseThrow(() ->
                new InvalidContentException(Map.of("email", FieldProblem.of("author.noSuchInstructor"))));
        if (em.find(CourseOwner.class, new CourseOwner.Key(courseId, person.id())) != null) {
            throw new InvalidContentException(Map.of("email", FieldProblem.of("author.alreadyOwner")));
        }
        em.persist(new CourseOwner(courseId, person.id(), CourseOwner.Role.CO_OWNER, changes.now()));
        changes.audit(Action.OWNER_ADDED, ObjectType.COURSE, courseId, courseId, course.getTitle(), null, person.email());
    }

    public void removeCoOwner(Long courseId, Long accountId) {
        AuthoredCourse course = changes.course(courseId);
        changes.requireOwnerOrAdmin(courseId);
        CourseOwner owner = em.find(CourseOwner.class, new CourseOwner.Key(courseId, accountId));
        if (owner == null || owner.getRole() != CourseOwner.Role.CO_OWNER) {
            throw new BusinessException("author.notCoOwner");
        }
        em.remove(owner);
        String email = accounts.accounts(List.of(accountId)).values().stream().map(AccountView::email).findFirst().orElse("");
        changes.audit(Action.OWNER_REMOVED, ObjectType.COURSE, courseId, courseId, course.getTitle(), email, null);
    }
    // ---- Tracks (admins) ----------------------------------------------------------------------------------------

    /** Every track's courses in their order, for reordering. */
    @RolesAllowed(Role.Names.ADMIN)
    public List<TrackOrder> trackOrders() {
        Map<Long, AuthoredCourse> courses = em.createNamedQuery(AuthoredCourse.ALL, AuthoredCourse.class)
                .getResultStream().collect(Collectors.toMap(AuthoredCourse::getId, Function.identity()));
        Map<Long, List<TrackPlacement>> byTrack = em.createNamedQuery(TrackPlacement.ALL, TrackPlacement.class)
                .getResultStream().collect(Collectors.groupingBy(TrackPlacement::getTrackId));
        return changes.tracks().stream().map(t -> new TrackOrder(t.slug(), t.title(), byTrack.getOrDefault(t.id(), List.of())
                .stream().map(p -> courses.get(p.getCourseId()))
                .map(c -> new CourseRow(c.getId(), c.getSlug(), c.getTitle(), c.getStatus(), c.getUpdatedAt(), 0, 0, null))
                .toList())).toList();
    }

    /** Moves a course one place up or down in a track. */
    @RolesAllowed(Role.Names.ADMIN)
    public void moveCourseInTrack(String trackSlug, Long courseId, boolean up) {
        Changes.TrackRef track = changes.tracks().stream().filter(t -> t.slug().equals(trackSlug)).findFirst()
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
        changes.audit(Action.REORDER, ObjectType.TRACK, track.id(), courseId, track.title() + ": " + course.getTitle(),
                "position: " + (order.indexOf(placement) + 1), "position: " + (moved.indexOf(placement) + 1));
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

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
        return SlugMaker.unique(base, changes.taken(AuthoredCourse.SLUGS_LIKE, base));
    }

    private void status(AuthoredCourse course, ContentStatus next, Action action) {
        ContentStatus was = course.getStatus();
        if (!course.moveTo(next, changes.now())) {
            throw new BusinessException("author.alreadyThere");
        }
        changes.saveVersioned(course, ObjectType.COURSE, course.getId());
        changes.audit(action, ObjectType.COURSE, course.getId(), course.getId(), course.getTitle(), "status: " + was, "status: " + next);
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
                .setParameter("account", changes.callerId()).getResultStream()
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

    private static Map<String, String> courseFields(AuthoredCourse c, List<String> tracks) {
        return AuditText.courseFields(c.getTitle(), c.getSlug(), c.getSummary(), tracks,
                c.getPrerequisites().stream().map(AuthoredCourse::getSlug).toList());
    }
}
