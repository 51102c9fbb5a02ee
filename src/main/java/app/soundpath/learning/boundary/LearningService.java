package app.soundpath.learning.boundary;

import app.soundpath.identity.entity.Role;
import app.soundpath.platform.Callers;
import app.soundpath.catalog.boundary.CatalogService;
import app.soundpath.catalog.entity.CatalogMap;
import app.soundpath.catalog.entity.CatalogMap.CourseNode;
import app.soundpath.catalog.entity.CatalogMap.LessonNode;
import app.soundpath.catalog.entity.QuestionView;
import app.soundpath.catalog.entity.ListeningExerciseView;
import app.soundpath.learning.control.CheckGrader;
import app.soundpath.learning.control.ListeningItems;
import app.soundpath.learning.control.ListeningLadder;
import app.soundpath.learning.entity.ItemAnsweredException;
import app.soundpath.learning.entity.ListeningAnswered;
import app.soundpath.learning.entity.ListeningItem;
import app.soundpath.learning.entity.ListeningOutcome;
import app.soundpath.learning.entity.UnknownItemException;
import app.soundpath.learning.entity.NoExerciseException;
import app.soundpath.learning.control.ProgressCopies;
import app.soundpath.learning.control.ProgressRules;
import app.soundpath.learning.entity.CheckAttempt;
import app.soundpath.learning.entity.CheckResult;
import app.soundpath.learning.entity.CourseActivity;
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
import app.soundpath.learning.entity.LearnerProgress;
import app.soundpath.learning.entity.LessonActivity;
import app.soundpath.learning.entity.LessonProgress;
import app.soundpath.learning.entity.LessonState;
import app.soundpath.learning.entity.LessonStudy;
import app.soundpath.learning.entity.NotEnrolledException;
import app.soundpath.learning.entity.ProgressChanged;
import app.soundpath.learning.entity.TrackCompleted;
import app.soundpath.platform.BusinessException;
import app.soundpath.platform.Dates;
import app.soundpath.platform.LearnerStamps;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
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

    @Inject
    ProgressCopies copies;

    @Inject
    LearnerStamps stamps;

    @Resource
    SessionContext session;

    @Inject
    Event<ProgressChanged> progressChanged;

    @Inject
    Event<CourseRecounted> courseRecounted;

    @Inject
    Event<LessonActivity> lessonActivity;

    @Inject
    Event<CourseActivity> courseActivity;

    @Inject
    Event<ListeningAnswered> listeningAnswered;

    @Inject
    Event<CourseCompleted> courseCompleted;

    @Inject
    Event<TrackCompleted> trackCompleted;

    // ---- Reading ------------------------------------------------------------------------------------------------

    @TransactionAttribute(TransactionAttributeType.SUPPORTS) // a read: no transaction to begin and commit
    public Dashboard dashboard() {
        return dashboardOf(callerId());
    }

    /**
     * One learner's dashboard, for server-side jobs that run without a signed-in caller (the weekly reminder).
     * Never call it with an id taken from a request: pages and endpoints use {@link #dashboard()}.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Dashboard dashboardOf(Long learner) {
        CatalogMap map = catalog.map();
        return copyOf(learner, map).dashboard(copy -> dashboardFrom(copy, map, learner));
    }

    private Dashboard dashboardFrom(ProgressCopies.Copy copy, CatalogMap map, Long learner) {
        LearnerProgress progress = copy.progress();
        ProgressRules rules = copy.rules();
        List<LearnerProgress.Course> enrolled = progress.activeCourses();
        List<CourseStatus> courses = enrolled.stream().map(e -> map.courses().get(e.courseId()))
                .filter(c -> c != null).map(copy::status).toList();
        Dashboard.Resume resume = enrolled.stream()
                .sorted(Comparator.comparing(LearnerProgress.Course::lastActivityAt).reversed())
                .map(p -> map.courses().get(p.courseId()))
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
        Map<Long, Instant> completed = progress.courses().stream().filter(p -> p.completedAt() != null)
                .collect(Collectors.toMap(LearnerProgress.Course::courseId, LearnerProgress.Course::completedAt, (a, b) -> a));
        List<Optional<Instant>> firstPerTrack = map.tracks().stream().map(t -> t.courseIds().stream().map(map.courses()::get)
                .filter(c -> !c.foundation() && rules.complete(c)).map(c -> completed.getOrDefault(c.id(), Instant.EPOCH))
                .min(Comparator.naturalOrder())).toList();
        Instant finishedAt = firstPerTrack.stream().allMatch(Optional::isPresent)
                ? firstPerTrack.stream().map(Optional::get).max(Comparator.naturalOrder()).orElse(null) : null;
        return new Dashboard(courses, resume, tracks, mastered, map.skills().size(), copy.recent(() -> recent(learner, map, 10)),
                finishedAt != null, finishedAt);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS) // a read: no transaction to begin and commit
    public CourseStatus courseStatus(String courseSlug) {
        Long learner = callerId();
        CatalogMap map = catalog.map();
        return copyOf(learner, map).status(course(map, courseSlug));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS) // a read: no transaction to begin and commit
    public LessonStudy study(String lessonSlug) {
        Long learner = callerId();
        CatalogMap map = catalog.map();
        LessonNode lesson = lesson(map, lessonSlug);
        ProgressCopies.Copy copy = copyOf(learner, map);
        LearnerProgress mine = copy.progress();
        ProgressRules rules = copy.rules();
        CourseStatus course = copy.status(map.courses().get(lesson.courseId()));
        LearnerProgress.Lesson progress = mine.lessons().get(lesson.id());
        return new LessonStudy(course, rules.state(lesson.id()), progress == null ? null : progress.bestScore(),
                progress == null ? 0 : progress.attempts(), lesson.passMark(),
                lesson.hasCheck() ? catalog.check(lesson.id()) : List.of(),
                lesson.listening() ? catalog.listening(lesson.id()).orElse(null) : null,
                progress != null && progress.listened());
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
        enrollment(learner, course.id()).filter(e -> e.leave(now())).ifPresent(e -> {
            record(learner, Verb.LEFT, ObjectType.COURSE, course.id(), null);
            progressMoved(learner);
        });
    }

    // ---- Studying -------------------------------------------------------------------------------------------------------

    /** Grades and records a check. Passing completes the lesson. Every attempt is kept. */
    public CheckResult submitCheck(String lessonSlug, Map<Long, Set<Long>> answers) {
        return submitCheck(lessonSlug, answers, null);
    }

    /**
     * As {@link #submitCheck(String, Map)}; with a request key (the API's Idempotency-Key) an attempt the caller sent
     * before with the same key is answered again from its stored answers and not counted a second time. The check
     * runs after the caller's rows are held, so a retry waits for the first request's transaction.
     */
    public CheckResult submitCheck(String lessonSlug, Map<Long, Set<Long>> answers, String requestKey) {
        Long learner = callerId();
        CatalogMap map = catalog.map();
        LessonNode lesson = lesson(map, lessonSlug);
        Held held = hold(learner, lesson.courseId(), map);
        List<QuestionView> questions = catalog.check(lesson.id());
        if (questions.isEmpty()) {
            throw new BusinessException("check.none");
        }
        if (requestKey != null) {
            List<CheckAttempt> earlier = em.createNamedQuery(CheckAttempt.BY_REQUEST_KEY, CheckAttempt.class)
                    .setParameter("learner", learner).setParameter("key", requestKey).getResultList();
            if (!earlier.isEmpty()) {
                return CheckGrader.grade(questions, decode(earlier.get(0).answers()), lesson.passMark());
            }
        }
        CheckResult result = CheckGrader.grade(questions, answers, lesson.passMark());
        boolean firstTime = !held.rows().containsKey(lesson.id());
        LessonProgress progress = lessonRow(held, learner, lesson);
        Integer best = progress.getBestScore();
        boolean completed = progress.attempted(result.score(), result.passed(), now());
        // One event, after the row has its new state: the row is written once, and the figures in one statement.
        lessonActivity.fire(LessonActivity.attempted(lesson.id(), learner, best, progress.getBestScore(), completed,
                result.passed()).reachedToo(firstTime));
        em.persist(new CheckAttempt(learner, lesson.id(), result.score(), result.passed(), encode(answers), now(), requestKey));
        if (completed) {
            recordBoth(learner, Verb.PASSED, result.score() + "%", Verb.COMPLETED, ObjectType.LESSON, lesson.id());
        } else {
            record(learner, result.passed() ? Verb.PASSED : Verb.FAILED, ObjectType.LESSON, lesson.id(), result.score() + "%");
        }
        recount(held, learner, lesson, map);
        if (completed) {
            progressChanged.fire(ProgressChanged.counts(learner));
        }
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
        Held held = hold(learner, lesson.courseId(), map);
        boolean firstTime = !held.rows().containsKey(lesson.id());
        boolean completed = lessonRow(held, learner, lesson).complete(now());
        LessonActivity activity = (completed ? LessonActivity.finished(lesson.id(), learner)
                : new LessonActivity(lesson.id(), learner, 0, 0, 0, 0, 0)).reachedToo(firstTime);
        lessonActivity.fire(activity);
        if (completed) {
            record(learner, Verb.COMPLETED, ObjectType.LESSON, lesson.id(), null);
        }
        recount(held, learner, lesson, map);
        if (completed) {
            progressChanged.fire(ProgressChanged.counts(learner));
        }
        return completed;
    }

    // ---- Listening ----------------------------------------------------------------------------------------------------

    /**
     * Grades a listening item from its issued id (issue 17): the item must be the caller's and not answered yet, and the
     * choice one of its own. The answer is set by one conditional update under the lock on the course summary, so two
     * answers of one item (a double click, a replay, two tabs) grade it once: the second is refused and records
     * nothing. Passing the exercise (the pass accuracy over the last answers) completes the lesson the way a passed
     * check does: the same lesson row, summary recount, report figures and learning record.
     * <p>
     * An item with an X clip (EQ, faults) needs {@code x}, which clip X is ("A" or "B"), and is right only when both are
     * right; an item without one refuses an {@code x}. The stored choice then reads {@code X=B 1000}.
     */
    public ListeningOutcome answerListening(Long itemId, String choice, String x) {
        Long learner = callerId();
        ListeningItem item = itemId == null ? null : em.find(ListeningItem.class, itemId);
        if (item == null || !item.belongsTo(learner)) {
            throw new UnknownItemException();
        }
        CatalogMap map = catalog.map();
        LessonNode lesson = map.courses().values().stream().flatMap(c -> c.lessons().stream())
                .filter(l -> l.id().equals(item.getLessonId())).findFirst()
                .orElseThrow(() -> new BusinessException("learning.unknownLesson"));
        ListeningExerciseView exercise = catalog.listening(lesson.id())
                .orElseThrow(NoExerciseException::new);
        ListeningItems.Item spec = ListeningItems.item(item.getKind(), item.getRung(), item.getSeed());
        if (choice == null || !spec.offers(choice)) {
            throw new BusinessException("listening.invalidChoice");
        }
        if (spec.hasX() != (x != null) || x != null && !ListeningItems.CLIPS.contains(x)) {
            throw new BusinessException(spec.hasX() ? "listening.chooseX" : "listening.noX");
        }
        Held held = hold(learner, lesson.courseId(), map);
        // The stored answer is the choice's; which clip X is comes from the seed, as the audio does.
        boolean correct = item.getAnswer().equals(choice) && (!spec.hasX() || spec.x().equals(x));
        String chosen = spec.hasX() ? "X=" + x + " " + choice : choice;
        int updated = em.createNamedQuery(ListeningItem.ANSWER).setParameter("chosen", chosen)
                .setParameter("correct", correct).setParameter("now", now()).setParameter("id", itemId)
                .setParameter("learner", learner).executeUpdate();
        if (updated == 0) {
            throw new ItemAnsweredException();
        }
        List<ListeningLadder.Answer> answers = listeningAnswers(learner, lesson.id());
        int accuracy = ListeningLadder.accuracy(answers, exercise.passWindow());
        boolean passes = ListeningLadder.passed(answers, exercise.passWindow(), exercise.passAccuracy());
        boolean firstTime = !held.rows().containsKey(lesson.id());
        LessonProgress progress = lessonRow(held, learner, lesson);
        boolean passedBefore = progress.hasListened();
        boolean completed = false;
        if (passes && !passedBefore) {
            completed = progress.listened(now());
            record(learner, Verb.PASSED, ObjectType.LESSON, lesson.id(), "listening " + exercise.kind().name() + " "
                    + accuracy + "% of the last " + exercise.passWindow());
            if (completed) {
                record(learner, Verb.COMPLETED, ObjectType.LESSON, lesson.id(), null);
            }
        }
        LessonActivity activity = completed ? LessonActivity.finished(lesson.id(), learner)
                : new LessonActivity(lesson.id(), learner, 0, 0, 0, 0, 0);
        lessonActivity.fire(activity.reachedToo(firstTime));
        // answers holds this one too (read after the update), and one learner's answers are ordered by the lock above.
        listeningAnswered.fire(new ListeningAnswered(lesson.id(), learner, answers.size() == 1, correct,
                passes && !passedBefore));
        recount(held, learner, lesson, map);
        if (completed) {
            progressChanged.fire(ProgressChanged.counts(learner));
        }
        return new ListeningOutcome(itemId, choice, x, correct, spec.answer(), spec.x(), ListeningTexts.answerLabel(spec),
                ListeningTexts.explanation(spec), accuracy,
                Math.min(answers.size(), exercise.passWindow()), exercise.passWindow(), exercise.passAccuracy(),
                passedBefore || passes, passes && !passedBefore, completed);
    }

    /** The caller's answered items of a lesson, newest first, as many as a pass window can hold. One statement. */
    public List<ListeningLadder.Answer> listeningAnswers(Long lessonId) {
        return listeningAnswers(callerId(), lessonId);
    }

    private List<ListeningLadder.Answer> listeningAnswers(Long learner, Long lessonId) {
        return em.createNamedQuery(ListeningItem.ANSWERS, Object[].class).setParameter("learner", learner)
                .setParameter("lesson", lessonId).setMaxResults(ListeningItem.HISTORY).getResultStream()
                .map(r -> new ListeningLadder.Answer(((Number) r[0]).intValue(), Boolean.TRUE.equals(r[1]))).toList();
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
        Held held = hold(learner, course.id(), map);
        List<QuestionView> questions = challenge(courseSlug);
        if (questions.isEmpty()) {
            throw new BusinessException("challenge.none");
        }
        CheckResult result = CheckGrader.grade(questions, answers, CHALLENGE_PASS_MARK);
        record(learner, result.passed() ? Verb.PASSED : Verb.FAILED, ObjectType.COURSE, course.id(),
                "challenge " + result.score() + "%");
        if (result.passed()) {
            for (LessonNode lesson : course.lessons()) {
                boolean firstTime = !held.rows().containsKey(lesson.id());
                if (lessonRow(held, learner, lesson).waive(now())) {
                    lessonActivity.fire(LessonActivity.finished(lesson.id(), learner).reachedToo(firstTime));
                    record(learner, Verb.WAIVED, ObjectType.LESSON, lesson.id(), "challenge " + result.score() + "%");
                } else if (firstTime) {
                    lessonActivity.fire(LessonActivity.reached(lesson.id(), learner));
                }
            }
        }
        recount(held, learner, null, map, course);
        if (result.passed()) {
            progressChanged.fire(ProgressChanged.counts(learner));
        }
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

    /**
     * The same recount, for the start-up only: authoring's seed step adds a required lesson shipped after a database
     * was seeded, with no caller to hold a role. A recount only brings the summaries in line with the lessons, so
     * calling it more than needed changes nothing; no page or endpoint reaches it.
     */
    @PermitAll
    public int recountCourseAtStartUp(Long courseId) {
        return recountCourse(courseId);
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------------

    private boolean enrollIn(Long learner, CourseNode course, CatalogMap map) {
        progressMoved(learner);
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
            recount(new Held(summary, lessonRows(learner), true), learner, null, map, course);
        }
        if (changed) {
            record(learner, Verb.ENROLLED, ObjectType.COURSE, course.id(), null);
        }
        return changed;
    }

    /** A course summary row locked for this transaction, and the learner's lesson rows read after taking the lock. */
    private record Held(CourseProgress summary, Map<Long, LessonProgress> rows, boolean created) {
    }

    /**
     * Locks the learner's summary row of the course (one statement, which also checks the enrolment is active), then
     * reads their lesson rows afresh (a second): two submissions of one learner in one course run one after the other,
     * and the second sees what the first committed. Refuses when not enrolled, or when the course is still locked.
     */
    private Held hold(Long learner, Long courseId, CatalogMap map) {
        CourseProgress summary = em.createNamedQuery(CourseProgress.OF_ACTIVE_ENROLMENT, CourseProgress.class)
                .setParameter("learner", learner).setParameter("course", courseId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setHint(QueryHints.REFRESH, HintValues.TRUE)
                .getResultStream().findFirst().orElseThrow(NotEnrolledException::new);
        progressMoved(learner);
        Map<Long, LessonProgress> rows = lessonRows(learner);
        Map<Long, LessonState> states = new HashMap<>();
        rows.forEach((id, row) -> states.put(id, row.getState()));
        if (new ProgressRules(map, states, Set.of(courseId)).locked(map.courses().get(courseId))) {
            throw new CourseLockedException();
        }
        return new Held(summary, rows, false);
    }

    /** Every lesson row of the learner, read afresh (not from the shared cache), by lesson id. */
    private Map<Long, LessonProgress> lessonRows(Long learner) {
        return em.createNamedQuery(LessonProgress.OF_LEARNER, LessonProgress.class).setParameter("learner", learner)
                .setHint(QueryHints.REFRESH, HintValues.TRUE).getResultStream()
                .collect(Collectors.toMap(LessonProgress::getLessonId, p -> p, (a, b) -> a, HashMap::new));
    }

    /** The learner's row of the lesson, made (and kept in {@code held}) when this is their first visit. */
    private LessonProgress lessonRow(Held held, Long learner, LessonNode lesson) {
        return held.rows().computeIfAbsent(lesson.id(), id -> {
            LessonProgress row = new LessonProgress(learner, lesson.id(), lesson.courseId(), now());
            em.persist(row);
            return row;
        });
    }

    private void recount(Held held, Long learner, LessonNode lesson, CatalogMap map) {
        recount(held, learner, lesson, map, map.courses().get(lesson.courseId()));
    }

    /** Counts the course's required lessons done from the rows held (no query) into the summary row. */
    private void recount(Held held, Long learner, LessonNode lesson, CatalogMap map, CourseNode course) {
        CourseProgress summary = held.summary();
        int done = (int) course.requiredLessons().stream().map(l -> held.rows().get(l.id()))
                .filter(p -> p != null && p.getState().done()).count();
        boolean wasComplete = summary.getCompletedAt() != null;
        CourseActivity.Shape before = held.created() ? null : summary.shape();
        summary.recount(course.requiredLessons().size(), done, lesson == null ? null : lesson.id(), now());
        CourseActivity activity = CourseActivity.between(course.id(), learner, before, summary.shape());
        if (activity.changesAnything()) {
            courseActivity.fire(activity);
        }
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

    /**
     * The learner's progress for a page: this node's copy while the learner's stamp (from the shared cache: no SQL) and
     * the catalogue are the ones it was read under, else read afresh (one statement) and kept, with what pages work out
     * from it (course statuses, the dashboard, recent activity) once they do. The stamp is read before the progress, so
     * a change committing in between leaves a newer stamp and the copy is not used again. A learner without a stamp row
     * (one who never enrolled, took the assessment or earned a credential) has their progress read each time and not
     * kept: a safeguard should rows ever be written without a stamp.
     */
    private ProgressCopies.Copy copyOf(Long learner, CatalogMap map) {
        OptionalLong stamp = stamps.current(learner);
        if (stamp.isEmpty()) {
            return new ProgressCopies.Copy(map, 0, readProgress(learner));
        }
        ProgressCopies.Copy kept = copies.get(learner, map, stamp.getAsLong());
        if (kept != null) {
            return kept;
        }
        ProgressCopies.Copy read = new ProgressCopies.Copy(map, stamp.getAsLong(), readProgress(learner));
        copies.put(learner, read);
        return read;
    }

    /**
     * Marks the learner's progress as changed, in the transaction that changes it: every path that writes their
     * enrolments or lesson rows comes through here (enrolling, leaving, and {@link #hold} for lesson work).
     */
    private void progressMoved(Long learner) {
        stamps.renew(learner);
    }

    /**
     * The learner's enrolments with their course summaries, and their lesson rows: one statement for what a page shows
     * of their progress, however many courses and lessons there are.
     */
    private LearnerProgress readProgress(Long learner) {
        List<?> rows = em.createNativeQuery("SELECT 0 AS kind, e.course_id, CAST(NULL AS BIGINT) AS lesson_id,"
                        + " CASE WHEN e.left_at IS NULL THEN 'ACTIVE' ELSE 'LEFT' END AS state,"
                        + " CAST(NULL AS INTEGER) AS best_score, 0 AS attempts, e.enrolled_at AS at1,"
                        + " COALESCE(p.last_activity_at, e.enrolled_at) AS at2, p.completed_at AS at3, e.id AS row_id"
                        + " FROM enrollment e LEFT JOIN course_progress p ON p.learner_id = e.learner_id AND p.course_id = e.course_id"
                        + " WHERE e.learner_id = ?1"
                        + " UNION ALL SELECT 1, l.course_id, l.lesson_id, l.state, l.best_score, l.attempts, l.updated_at,"
                        + " l.updated_at, l.completed_at, CASE WHEN l.listened_at IS NULL THEN 0 ELSE 1 END"
                        + " FROM lesson_progress l WHERE l.learner_id = ?2"
                        + " ORDER BY 1, 7, 10")
                .setParameter(1, learner).setParameter(2, learner).getResultList();
        List<LearnerProgress.Course> courses = new java.util.ArrayList<>();
        Map<Long, LearnerProgress.Lesson> lessons = new HashMap<>();
        for (Object r : rows) {
            Object[] row = (Object[]) r;
            if (((Number) row[0]).intValue() == 0) {
                courses.add(new LearnerProgress.Course(((Number) row[1]).longValue(), "ACTIVE".equals(String.valueOf(row[3]).trim()),
                        Dates.fromColumn(row[7]), Dates.fromColumn(row[8])));
            } else {
                Long lessonId = ((Number) row[2]).longValue();
                lessons.put(lessonId, new LearnerProgress.Lesson(lessonId, LessonState.valueOf(String.valueOf(row[3]).trim()),
                        row[4] == null ? null : ((Number) row[4]).intValue(), ((Number) row[5]).intValue(),
                        row[9] != null && ((Number) row[9]).intValue() == 1));
            }
        }
        return new LearnerProgress(courses, lessons);
    }

    private Optional<Enrollment> enrollment(Long learner, Long courseId) {
        return em.createNamedQuery(Enrollment.ONE, Enrollment.class).setParameter("learner", learner)
                .setParameter("course", courseId).getResultStream().findFirst();
    }

    private List<Dashboard.Activity> recent(Long learner, CatalogMap map, int limit) {
        List<?> rows = em.createNativeQuery(RECENT).setParameter(1, learner).setParameter(2, limit).getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> {
            String type = (String) r[2];
            String[] named = name(map, ObjectType.valueOf(type), ((Number) r[3]).longValue());
            return new Dashboard.Activity(Dates.fromColumn(r[0]), (String) r[1], type, named[0], named[1], (String) r[4]);
        }).toList();
    }

    /**
     * A learner's newest events, as {@link LearningEvent#OF_LEARNER} orders them: a native statement of fixed text
     * (the limit is a parameter), where the JPQL one with a maximum was re-planned into SQL on every dashboard.
     */
    private static final String RECENT = "SELECT occurred_at, verb, object_type, object_id, result FROM learning_event"
            + " WHERE learner_id = ?1 ORDER BY occurred_at DESC, id DESC LIMIT ?2";

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

    /**
     * Two events of one action on one object (a check passed that completes its lesson), in one statement: the
     * same rows {@link #record} writes, in the same order (ids from the same sequence, so the first is listed before
     * the second at the same time), the second without a result.
     */
    private void recordBoth(Long learner, Verb first, String firstResult, Verb second, ObjectType type, Long objectId) {
        org.eclipse.persistence.sessions.Session session = em.unwrap(org.eclipse.persistence.sessions.Session.class);
        Number one = (Number) session.getNextSequenceNumberValue(LearningEvent.class);
        Number two = (Number) session.getNextSequenceNumberValue(LearningEvent.class);
        java.time.LocalDateTime at = java.time.LocalDateTime.ofInstant(now(), java.time.ZoneOffset.UTC);
        // The second row's result is a NULL literal: PostgreSQL refuses a null parameter it cannot type.
        em.createNativeQuery("INSERT INTO learning_event (id, learner_id, verb, object_type, object_id, result, occurred_at)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7), (?8, ?2, ?9, ?4, ?5, NULL, ?7)")
                .setParameter(1, one.longValue()).setParameter(2, learner).setParameter(3, first.name())
                .setParameter(4, type.name()).setParameter(5, objectId).setParameter(6, firstResult).setParameter(7, at)
                .setParameter(8, two.longValue()).setParameter(9, second.name()).executeUpdate();
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

    private static Map<Long, Set<Long>> decode(String stored) {
        Map<Long, Set<Long>> answers = new java.util.HashMap<>();
        for (String question : stored.split(";")) {
            String[] parts = question.split(":", -1);
            if (parts.length == 2 && !parts[0].isEmpty()) {
                answers.put(Long.valueOf(parts[0]), parts[1].isEmpty() ? Set.of()
                        : java.util.Arrays.stream(parts[1].split(",")).map(Long::valueOf).collect(Collectors.toSet()));
            }
        }
        return answers;
    }

    private Long callerId() {
        return Callers.id(session);
    }

    private Instant now() {
        return clock.instant();
    }
}
