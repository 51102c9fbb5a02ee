package app.soundpath.learning.boundary;

import app.soundpath.identity.entity.Role;
import app.soundpath.platform.Callers;
import app.soundpath.catalog.boundary.CatalogService;
import app.soundpath.catalog.entity.CatalogMap;
import app.soundpath.catalog.entity.CatalogMap.CourseNode;
import app.soundpath.catalog.entity.CatalogMap.LessonNode;
import app.soundpath.catalog.entity.QuestionView;
import app.soundpath.learning.control.CheckGrader;
import app.soundpath.learning.control.ProgressRules;
import app.soundpath.learning.entity.CheckAttempt;
import app.soundpath.learning.entity.CheckResult;
import app.soundpath.learning.entity.CourseLockedException;
import app.soundpath.learning.entity.CourseProgress;
import app.soundpath.learning.entity.CourseCompleted;
import app.soundpath.learning.entity.CourseRecounted;
import app.soundpath.learning.entity.CourseStatus;
import app.soundpath.learning.entity.Dashboard;
import app.soundpath.learning.entity.Enrollment;
import app.soundpath.learning.entity.LearningEvent;
import app.soundpath.learning.entity.LearningEvent.ObjectType;
import app.soundpath.learning.entity.LearningEvent.Verb;
import app.soundpath.learning.entity.LessonActivity;
import app.soundpath.learning.entity.LessonProgress;
import app.soundpath.learning.entity.LessonState;
import app.soundpath.learning.entity.LessonStudy;
import app.soundpath.learning.entity.NotEnrolledException;
import app.soundpath.learning.entity.ProgressChanged;
import app.soundpath.learning.entity.TrackCompleted;
import app.soundpath.platform.BusinessException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The learning feature's one façade. The learner is always the caller, taken from the container's security
 * context, so no id in a URL or form can point it at someone else's progress. Every change to lesson rows updates
 * the course summary in the same transaction, under a lock on that summary row: two tabs, a double click or a
 * retried request can never count twice.
 */
@Stateless
@RolesAllowed({Role.Names.LEARNER, Role.Names.INSTRUCTOR, Role.Names.ADMIN})
public class LearningService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CatalogService catalog;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @Inject
    Event<ProgressChanged> progressChanged;

    @Inject
    Event<CourseRecounted> courseRecounted;

    @Inject
    Event<LessonActivity> lessonActivity;

    @Inject
    Event<CourseCompleted> courseCompleted;

    @Inject
    Event<TrackCompleted> trackCompleted;

    // ---- Reading ------------------------------------------------------------------------------------------------

    public Dashboard dashboard() {
        return dashboardOf(callerId());
    }

    /**
     * One learner's dashboard, for server-side jobs that run without a signed-in caller (the weekly reminder).
     * Never call it with an id taken from a request: pages and endpoints use {@link #dashboard()}.
     */
    @PermitAll
    public Dashboard dashboardOf(Long learner) {
        CatalogMap map = catalog.map();
        ProgressRules rules = rules(learner, map);
        List<Enrollment> enrollments = activeEnrollments(learner);
        List<CourseStatus> courses = enrollments.stream().map(e -> map.courses().get(e.getCourseId()))
                .filter(c -> c != null).map(rules::status).toList();
        List<CourseProgress> summaries = em.createNamedQuery(CourseProgress.OF_LEARNER, CourseProgress.class)
                .setParameter("learner", learner).getResultList();
        Dashboard.Resume resume = summaries.stream()
                .filter(p -> enrollments.stream().anyMatch(e -> e.getCourseId().equals(p.getCourseId())))
                .sorted(Comparator.comparing(CourseProgress::getLastActivityAt).reversed())
                .map(p -> map.courses().get(p.getCourseId()))
                .filter(c -> c != null && !rules.complete(c) && !rules.locked(c))
                .findFirst()
                .map(c -> new Dashboard.Resume(c.slug(), c.title(), rules.next(c).slug(), rules.next(c).title()))
                .orElse(null);
        List<Dashboard.TrackStatus> tracks = map.tracks().stream().map(t -> new Dashboard.TrackStatus(t.slug(), t.title(),
                (int) t.courseIds().stream().map(map.courses()::get).filter(rules::complete).count(), t.courseIds().size()))
                .toList();
        List<String> mastered = rules.masteredSkills().stream().map(CatalogMap.SkillNode::name).toList();
        // A course of each track finished (beyond the foundation), and since when: each track's first finished course,
        // the latest of those; null while a track has none.
        Map<Long, Instant> completed = summaries.stream().filter(p -> p.getCompletedAt() != null)
                .collect(Collectors.toMap(CourseProgress::getCourseId, CourseProgress::getCompletedAt));
        List<Optional<Instant>> firstPerTrack = map.tracks().stream().map(t -> t.courseIds().stream().map(map.courses()::get)
                .filter(c -> !c.foundation() && rules.complete(c)).map(c -> completed.getOrDefault(c.id(), Instant.EPOCH))
                .min(Comparator.naturalOrder())).toList();
        Instant finishedAt = firstPerTrack.stream().allMatch(Optional::isPresent)
                ? firstPerTrack.stream().map(Optional::get).max(Comparator.naturalOrder()).orElse(null) : null;
        return new Dashboard(courses, resume, tracks, mastered, map.skills().size(), recent(learner, map, 10),
                finishedAt != null, finishedAt);
    }

    public CourseStatus courseStatus(String courseSlug) {
        Long learner = callerId();
        CatalogMap map = catalog.map();
        return rules(learner, map).status(course(map, courseSlug));
    }

    public LessonStudy study(String lessonSlug) {
        Long learner = callerId();
        CatalogMap map = catalog.map();
        LessonNode lesson = lesson(map, lessonSlug);
        ProgressRules rules = rules(learner, map);
        CourseStatus course = rules.status(map.courses().get(lesson.courseId()));
        LessonProgress progress = em.find(LessonProgress.class, new LessonProgress.Key(learner, lesson.id()));
        return new LessonStudy(course, rules.state(lesson.id()), progress == null ? null : progress.getBestScore(),
                progress == null ? 0 : progress.getAttempts(), lesson.passMark(),
                lesson.hasCheck() ? catalog.check(lesson.id()) : List.of());
    }

    // ---- Enrolling --------------------------------------------------------------------------------------------------

    /** Enrols the caller in a course (again, after leaving, resumes the old progress). Returns false if already in. */
    public boolean enroll(String courseSlug) {
        Long learner = callerId();
        CatalogMap map = catalog.map();
        boolean changed = enrollIn(learner, course(map, courseSlug), map);
        progressChanged.fire(new ProgressChanged(learner));
        return changed;
    }

    /** Enrols the caller in every course of a track, in order; returns how many enrolments were new. */
    public int enrollInTrack(String trackSlug) {
        Long learner = callerId();
        CatalogMap map = catalog.map();
        CatalogMap.TrackNode track = map.trackBySlug(trackSlug).orElseThrow(() -> new BusinessException("learning.unknownTrack"));
        int added = (int) track.courseIds().stream().map(map.courses()::get).filter(c -> enrollIn(learner, c, map)).count();
        progressChanged.fire(new ProgressChanged(learner));
        return added;
    }

    public void leave(String courseSlug) {
        Long learner = callerId();
        CourseNode course = course(catalog.map(), courseSlug);
        enrollment(learner, course.id()).filter(e -> e.leave(now()))
                .ifPresent(e -> record(learner, Verb.LEFT, ObjectType.COURSE, course.id(), null));
    }

    // ---- Studying -------------------------------------------------------------------------------------------------------

    /** Grades and records a check. Passing completes the lesson. Every attempt is kept. */
    public CheckResult submitCheck(String lessonSlug, Map<Long, Set<Long>> answers) {
        Long learner = callerId();
        CatalogMap map = catalog.map();
        LessonNode lesson = lesson(map, lessonSlug);
        CourseProgress summary = lockedSummary(learner, lesson, map);
        List<QuestionView> questions = catalog.check(lesson.id());
        if (questions.isEmpty()) {
            throw new BusinessException("check.none");
        }
        CheckResult result = CheckGrader.grade(questions, answers, lesson.passMark());
        LessonProgress progress = lessonRow(learner, lesson);
        Integer best = progress.getBestScore();
        boolean completed = progress.attempted(result.score(), result.passed(), now());
        lessonActivity.fire(LessonActivity.attempted(lesson.id(), learner, best, progress.getBestScore(), completed,
                result.passed()));
        em.persist(new CheckAttempt(learner, lesson.id(), result.score(), result.passed(), encode(answers), now()));
        record(learner, result.passed() ? Verb.PASSED : Verb.FAILED, ObjectType.LESSON, lesson.id(), result.score() + "%");
        if (completed) {
            record(learner, Verb.COMPLETED, ObjectType.LESSON, lesson.id(), null);
        }
        recount(summary, learner, lesson, map);
        progressChanged.fire(new ProgressChanged(learner));
        return result;
    }

    /** Completes a lesson that has no check ("Mark as done"). Doing it twice changes nothing. */
    public boolean markDone(String lessonSlug) {
        Long learner = callerId();
        CatalogMap map = catalog.map();
        LessonNode lesson = lesson(map, lessonSlug);
        if (lesson.hasCheck()) {
            throw new BusinessException("learning.takeTheCheck");
        }
        CourseProgress summary = lockedSummary(learner, lesson, map);
        boolean completed = lessonRow(learner, lesson).complete(now());
        if (completed) {
            lessonActivity.fire(LessonActivity.finished(lesson.id(), learner));
            record(learner, Verb.COMPLETED, ObjectType.LESSON, lesson.id(), null);
        }
        recount(summary, learner, lesson, map);
        progressChanged.fire(new ProgressChanged(learner));
        return completed;
    }

    // ---- Testing out ------------------------------------------------------------------------------------------------

    /** Questions per lesson in a course challenge: the first ones of each lesson's check, in lesson order. */
    public static final int CHALLENGE_QUESTIONS_PER_LESSON = 2;
    public static final int CHALLENGE_PASS_MARK = 80;

    /** The challenge of a course: questions drawn from its lessons' checks. */
    public List<QuestionView> challenge(String courseSlug) {
        CourseNode course = course(catalog.map(), courseSlug);
        Map<Long, List<QuestionView>> checks = catalog.checksOfCourse(course.id());
        return course.lessons().stream()
                .flatMap(l -> checks.getOrDefault(l.id(), List.of()).stream().limit(CHALLENGE_QUESTIONS_PER_LESSON))
                .toList();
    }

    /** Grades a course challenge; passing (80 % or more) waives every lesson of the course not done yet. */
    public CheckResult submitChallenge(String courseSlug, Map<Long, Set<Long>> answers) {
        Long learner = callerId();
        CatalogMap map = catalog.map();
        CourseNode course = course(map, courseSlug);
        CourseProgress summary = lockedSummary(learner, course.id(), map);
        List<QuestionView> questions = challenge(courseSlug);
        if (questions.isEmpty()) {
            throw new BusinessException("challenge.none");
        }
        CheckResult result = CheckGrader.grade(questions, answers, CHALLENGE_PASS_MARK);
        record(learner, result.passed() ? Verb.PASSED : Verb.FAILED, ObjectType.COURSE, course.id(),
                "challenge " + result.score() + "%");
        if (result.passed()) {
            for (LessonNode lesson : course.lessons()) {
                if (lessonRow(learner, lesson).waive(now())) {
                    lessonActivity.fire(LessonActivity.finished(lesson.id(), learner));
                    record(learner, Verb.WAIVED, ObjectType.LESSON, lesson.id(), "challenge " + result.score() + "%");
                }
            }
        }
        recount(summary, learner, null, map, course);
        progressChanged.fire(new ProgressChanged(learner));
        return result;
    }

    /** The caller's learning record, newest first. */
    public List<LearningEvent> record() {
        return em.createNamedQuery(LearningEvent.OF_LEARNER, LearningEvent.class).setParameter("learner", callerId())
                .setMaxResults(1000).getResultList();
    }

    // ---- For authoring ----------------------------------------------------------------------------------------------

    /** Learners enrolled now (not left) per course id; courses nobody is enrolled in are absent. One query. */
    @RolesAllowed({Role.Names.INSTRUCTOR, Role.Names.ADMIN})
    public Map<Long, Long> learnerCounts(Collection<Long> courseIds) {
        if (courseIds.isEmpty()) {
            return Map.of();
        }
        return em.createNamedQuery(Enrollment.ACTIVE_PER_COURSE, Object[].class).setParameter("courses", courseIds)
                .getResultStream().collect(Collectors.toMap(r -> (Long) r[0], r -> ((Number) r[1]).longValue()));
    }

    /** Whether anybody ever enrolled in the course or has a record of one of the lessons (so it must be kept). */
    @RolesAllowed({Role.Names.INSTRUCTOR, Role.Names.ADMIN})
    public boolean hasLearnerHistory(Long courseId, Collection<Long> lessonIds) {
        long enrolments = courseId == null ? 0 : em.createNamedQuery(Enrollment.COUNT_OF_COURSE, Long.class)
                .setParameter("course", courseId).getSingleResult();
        long lessonRows = lessonIds.isEmpty() ? 0 : em.createNamedQuery(LessonProgress.COUNT_OF_LESSONS, Long.class)
                .setParameter("lessons", lessonIds).getSingleResult();
        return enrolments + lessonRows > 0;
    }

    /**
     * Recounts every learner's summary row of a course after the lessons that count changed (a lesson published,
     * archived, made optional) or the course itself did (published, archived, moved between tracks): set-based, in
     * the caller's transaction, so reports and the summaries agree with what learners' pages work out fresh. A course whose remaining lessons are all done becomes complete now.
     */
    @RolesAllowed({Role.Names.INSTRUCTOR, Role.Names.ADMIN})
    public int recountCourse(Long courseId) {
        em.flush();
        // Lock the summaries first: a learner saving a lesson of this course right now holds their row, so this waits
        // for them to commit, and the recount below (a new statement) then sees their lesson row too.
        em.createNativeQuery("SELECT learner_id FROM course_progress WHERE course_id = ?1 ORDER BY learner_id FOR UPDATE")
                .setParameter(1, courseId).getResultList();
        String counted = "SELECT COUNT(*) FROM lesson l WHERE l.course_id = ?1 AND l.status = 'PUBLISHED' AND l.required = TRUE";
        int rows = em.createNativeQuery("UPDATE course_progress SET lessons_total = (" + counted + "),"
                + " lessons_done = (SELECT COUNT(*) FROM lesson_progress p JOIN lesson l ON l.id = p.lesson_id"
                + " WHERE p.learner_id = course_progress.learner_id AND l.course_id = ?1 AND l.status = 'PUBLISHED'"
                + " AND l.required = TRUE AND p.state IN ('COMPLETED', 'WAIVED')), version = version + 1 WHERE course_id = ?1")
                .setParameter(1, courseId).executeUpdate();
        em.createNativeQuery("UPDATE course_progress SET completed_at = CASE WHEN lessons_total > 0 AND lessons_done >= lessons_total"
                + " THEN COALESCE(completed_at, ?2) ELSE NULL END WHERE course_id = ?1")
                .setParameter(1, courseId).setParameter(2, java.time.LocalDateTime.ofInstant(now(), java.time.ZoneOffset.UTC))
                .executeUpdate();
        em.getEntityManagerFactory().getCache().evict(CourseProgress.class);
        courseRecounted.fire(new CourseRecounted(courseId));
        return rows;
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------------

    private boolean enrollIn(Long learner, CourseNode course, CatalogMap map) {
        Optional<Enrollment> existing = enrollment(learner, course.id());
        boolean changed;
        if (existing.isPresent()) {
            changed = existing.get().rejoin(now());
        } else {
            em.persist(new Enrollment(learner, course.id(), now()));
            changed = true;
        }
        if (em.find(CourseProgress.class, new CourseProgress.Key(learner, course.id())) == null) {
            CourseProgress summary = new CourseProgress(learner, course.id(), course.requiredLessons().size(), now());
            em.persist(summary);
            em.flush();
            recount(summary, learner, null, map, course);
        }
        if (changed) {
            record(learner, Verb.ENROLLED, ObjectType.COURSE, course.id(), null);
        }
        return changed;
    }

    /** The summary row of the lesson's course, locked for this transaction; refuses when not enrolled or locked. */
    private CourseProgress lockedSummary(Long learner, LessonNode lesson, CatalogMap map) {
        return lockedSummary(learner, lesson.courseId(), map);
    }

    private CourseProgress lockedSummary(Long learner, Long courseId, CatalogMap map) {
        if (enrollment(learner, courseId).filter(Enrollment::isActive).isEmpty()) {
            throw new NotEnrolledException();
        }
        CourseProgress summary = em.find(CourseProgress.class, new CourseProgress.Key(learner, courseId),
                LockModeType.PESSIMISTIC_WRITE);
        if (summary == null) {
            throw new NotEnrolledException();
        }
        em.refresh(summary, LockModeType.PESSIMISTIC_WRITE);
        if (rules(learner, map).locked(map.courses().get(courseId))) {
            throw new CourseLockedException();
        }
        return summary;
    }

    private LessonProgress lessonRow(Long learner, LessonNode lesson) {
        LessonProgress row = em.find(LessonProgress.class, new LessonProgress.Key(learner, lesson.id()));
        if (row == null) {
            row = new LessonProgress(learner, lesson.id(), lesson.courseId(), now());
            em.persist(row);
            lessonActivity.fire(LessonActivity.reached(lesson.id(), learner));
        }
        return row;
    }

    private void recount(CourseProgress summary, Long learner, LessonNode lesson, CatalogMap map) {
        recount(summary, learner, lesson, map, map.courses().get(lesson.courseId()));
    }

    private void recount(CourseProgress summary, Long learner, LessonNode lesson, CatalogMap map, CourseNode course) {
        em.flush();
        Set<Long> lessonIds = course.requiredLessons().stream().map(LessonNode::id).collect(Collectors.toSet());
        int done = (int) em.createNamedQuery(LessonProgress.OF_COURSE, LessonProgress.class)
                .setParameter("learner", learner).setParameter("course", course.id()).getResultStream()
                .filter(p -> lessonIds.contains(p.getLessonId()) && p.getState().done()).count();
        boolean wasComplete = summary.getCompletedAt() != null;
        summary.recount(course.requiredLessons().size(), done, lesson == null ? null : lesson.id(), now());
        if (!wasComplete && summary.getCompletedAt() != null) {
            record(learner, Verb.COMPLETED, ObjectType.COURSE, course.id(), null);
            courseCompleted.fire(new CourseCompleted(learner, course.id(), summary.getCompletedAt()));
            tracksCompletedBy(learner, course, map);
        }
    }

    /**
     * Fires {@link TrackCompleted} for each track of the course whose courses are now all complete. The learner's account
     * row is locked first (the order every learner transaction already takes: course summary, then account), so two
     * transactions finishing a track's last two courses at once run this one after the other and the second sees the
     * first's course: exactly one of them fires.
     */
    private void tracksCompletedBy(Long learner, CourseNode course, CatalogMap map) {
        List<CatalogMap.TrackNode> tracks = map.tracks().stream().filter(t -> t.courseIds().contains(course.id())).toList();
        if (tracks.isEmpty()) {
            return;
        }
        em.flush();
        em.createNativeQuery("SELECT id FROM account WHERE id = ?1 FOR UPDATE").setParameter(1, learner).getResultList();
        Set<Long> complete = ((List<?>) em.createNativeQuery(
                "SELECT course_id FROM course_progress WHERE learner_id = ?1 AND completed_at IS NOT NULL")
                .setParameter(1, learner).getResultList()).stream().map(id -> ((Number) id).longValue())
                .collect(Collectors.toSet());
        tracks.stream().filter(t -> complete.containsAll(t.courseIds()))
                .forEach(t -> trackCompleted.fire(new TrackCompleted(learner, t.slug(), now())));
    }

    private ProgressRules rules(Long learner, CatalogMap map) {
        Map<Long, LessonState> states = em.createNamedQuery(LessonProgress.OF_LEARNER, LessonProgress.class)
                .setParameter("learner", learner).getResultStream()
                .collect(Collectors.toMap(LessonProgress::getLessonId, LessonProgress::getState));
        Set<Long> enrolled = activeEnrollments(learner).stream().map(Enrollment::getCourseId).collect(Collectors.toSet());
        return new ProgressRules(map, states, enrolled);
    }

    private List<Enrollment> activeEnrollments(Long learner) {
        return em.createNamedQuery(Enrollment.OF_LEARNER, Enrollment.class).setParameter("learner", learner)
                .getResultStream().filter(Enrollment::isActive).toList();
    }

    private Optional<Enrollment> enrollment(Long learner, Long courseId) {
        return em.createNamedQuery(Enrollment.ONE, Enrollment.class).setParameter("learner", learner)
                .setParameter("course", courseId).getResultStream().findFirst();
    }

    private List<Dashboard.Activity> recent(Long learner, CatalogMap map, int limit) {
        return em.createNamedQuery(LearningEvent.OF_LEARNER, LearningEvent.class).setParameter("learner", learner)
                .setMaxResults(limit).getResultStream().map(e -> {
                    String[] named = name(map, e.getObjectType(), e.getObjectId());
                    return new Dashboard.Activity(e.getOccurredAt(), e.getVerb().name(), e.getObjectType().name(),
                            named[0], named[1], e.getResult());
                }).toList();
    }

    /** Slug and title of a course or lesson of the catalog. */
    static String[] name(CatalogMap map, ObjectType type, Long id) {
        if (type == ObjectType.COURSE) {
            return map.course(id).map(c -> new String[] {c.slug(), c.title()}).orElse(new String[] {"", "a course"});
        }
        return map.courses().values().stream().flatMap(c -> c.lessons().stream()).filter(l -> l.id().equals(id))
                .findFirst().map(l -> new String[] {l.slug(), l.title()}).orElse(new String[] {"", "a lesson"});
    }

    private void record(Long learner, Verb verb, ObjectType type, Long objectId, String result) {
        em.persist(new LearningEvent(learner, verb, type, objectId, result, now()));
    }

    private static CourseNode course(CatalogMap map, String slug) {
        return map.courseBySlug(slug == null ? "" : slug).orElseThrow(() -> new BusinessException("learning.unknownCourse"));
    }

    private static LessonNode lesson(CatalogMap map, String slug) {
        return map.lessonBySlug(slug == null ? "" : slug).orElseThrow(() -> new BusinessException("learning.unknownLesson"));
    }

    private static String encode(Map<Long, Set<Long>> answers) {
        return new TreeMap<>(answers).entrySet().stream()
                .map(e -> e.getKey() + ":" + e.getValue().stream().sorted().map(String::valueOf).collect(Collectors.joining(",")))
                .collect(Collectors.joining(";"));
    }

    private Long callerId() {
        return Callers.id(session);
    }

    private Instant now() {
        return clock.instant();
    }
}
