package app.soundpath.reporting.boundary;

import app.soundpath.identity.entity.Role;
import app.soundpath.catalog.boundary.CatalogService;
import app.soundpath.catalog.entity.CatalogMap;
import app.soundpath.catalog.entity.CatalogMap.CourseNode;
import app.soundpath.catalog.entity.CatalogMap.TrackNode;
import app.soundpath.platform.BusinessException;
import app.soundpath.platform.Callers;
import app.soundpath.reporting.control.Keyset;
import app.soundpath.reporting.entity.AssessmentOutcomes;
import app.soundpath.reporting.entity.CourseReport;
import app.soundpath.reporting.entity.Funnel;
import app.soundpath.reporting.entity.LearnerDetail;
import app.soundpath.reporting.entity.LearnerFilter;
import app.soundpath.reporting.entity.LearnerPage;
import app.soundpath.reporting.entity.LearnerRow;
import app.soundpath.reporting.entity.Overview;
import app.soundpath.reporting.entity.NotYourCourseException;
import app.soundpath.reporting.entity.UnknownSubjectException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The reports' one façade: the admin reports, and the same reports scoped to the courses an instructor teaches
 * (owner or co-instructor) for {@code /author/reports}: one code path, with the scope as a list of course ids.
 * Every report is a fixed handful of set-based queries over summary rows
 * (course_progress, enrollment) and indexes: the number of statements never depends on how many learners there
 * are (tests count them). Ids put into SQL text come from the catalogue, never from the request.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class ReportingService {

    /** Rows per page of the learner list. */
    public static final int PAGE_SIZE = 50;

    private static final String LEARNERS = "EXISTS (SELECT 1 FROM identity_roles r WHERE r.account_id = a.id AND r.role = 'LEARNER')";

    @PersistenceContext
    EntityManager em;

    @Inject
    CatalogService catalog;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    public Overview overview() {
        CatalogMap map = catalog.map();
        LocalDateTime now = utc(clock.instant());
        long learners = number(em.createNativeQuery("SELECT COUNT(*) FROM identity_roles WHERE role = 'LEARNER'").getSingleResult());
        Object[] active = (Object[]) em.createNativeQuery("SELECT COUNT(DISTINCT CASE WHEN last_activity_at >= ?1 THEN learner_id END),"
                        + " COUNT(DISTINCT learner_id) FROM learning_course_progress WHERE last_activity_at >= ?2")
                .setParameter(1, now.minusDays(7)).setParameter(2, now.minusDays(30)).getSingleResult();
        long assessments = number(em.createNativeQuery("SELECT COUNT(*) FROM assessment_attempts WHERE rescored_from IS NULL")
                .getSingleResult());
        // Per track from the learner-track summaries: learners in an own course, their enrolments and completions.
        Map<String, Object[]> perTrack = new HashMap<>();
        rows(em.createNativeQuery("SELECT t.slug, COUNT(*), SUM(s.own_enrolled), SUM(s.own_completed) FROM catalog_tracks t"
                + " JOIN learner_track_summary s ON s.track_id = t.id AND s.own_enrolled > 0 GROUP BY t.slug"))
                .forEach(r -> perTrack.put((String) r[0], r));
        List<Overview.TrackFigures> tracks = new ArrayList<>();
        for (TrackNode track : map.tracks()) {
            Object[] r = perTrack.getOrDefault(track.slug(), new Object[4]);
            tracks.add(new Overview.TrackFigures(track.slug(), track.title(), number(r[1]), number(r[2]), number(r[3])));
        }
        List<Long> foundations = map.courses().values().stream().filter(CourseNode::foundation).map(CourseNode::id).toList();
        // One row per learner and course: with a single foundation course (as shipped) the rows are the learners, and
        // the count comes from the (course_id, completed_at) index alone.
        Object[] row = foundations.isEmpty() ? new Object[3] : (Object[]) em.createNativeQuery("SELECT "
                + (foundations.size() == 1 ? "COUNT(*)" : "COUNT(DISTINCT learner_id)") + ", COUNT(*), COUNT(completed_at)"
                + " FROM learning_course_progress WHERE course_id IN (" + ids(foundations) + ")").getSingleResult();
        tracks.add(new Overview.TrackFigures("foundation", null, number(row[0]), number(row[1]), number(row[2])));
        return new Overview(learners, number(active[0]), number(active[1]), assessments, tracks);
    }

    /**
     * A track's funnel for learners whose latest assessment falls in the date range (inclusive days, UTC),
     * optionally of one questionnaire version: assessed → suggested this track (by that latest assessment) →
     * enrolled in one of its own courses → started → half its lessons done → every course completed. Each learner
     * counts once, and each step is a subset of the one before, so conversions are real.
     */
    public Funnel trackFunnel(String trackSlug, LocalDate from, LocalDate to, Integer questionnaireVersion) {
        CatalogMap map = catalog.map();
        TrackNode track = map.trackBySlug(trackSlug).orElseThrow(() -> new UnknownSubjectException("reports.unknownTrack"));
        List<Long> all = track.courseIds();
        long lessons = all.stream().map(map.courses()::get).mapToLong(c -> c.requiredLessons().size()).sum();
        // One summary row per learner of the track, with their latest assessment: read from one index, no grouping.
        String enrolled = "suggested = TRUE AND own_enrolled > 0";
        StringBuilder sql = new StringBuilder("SELECT COUNT(*), COALESCE(SUM(CASE WHEN suggested = TRUE THEN 1 ELSE 0 END), 0),"
                + " COALESCE(SUM(CASE WHEN " + enrolled + " THEN 1 ELSE 0 END), 0),"
                + " COALESCE(SUM(CASE WHEN " + enrolled + " AND lessons_done > 0 THEN 1 ELSE 0 END), 0),"
                + " COALESCE(SUM(CASE WHEN " + enrolled + " AND lessons_done > 0 AND lessons_done * 2 >= " + lessons + " THEN 1 ELSE 0 END), 0),"
                + " COALESCE(SUM(CASE WHEN " + enrolled + " AND lessons_done > 0 AND courses_completed >= " + all.size() + " THEN 1 ELSE 0 END), 0)"
                + " FROM learner_track_summary WHERE track_id = (SELECT t.id FROM catalog_tracks t WHERE t.slug = ?1) AND assessed_at >= ?2 AND assessed_at < ?3");
        if (questionnaireVersion != null) {
            sql.append(" AND questionnaire_id = (SELECT q.id FROM assessment_questionnaires q WHERE q.version = ?4)");
        }
        Query query = em.createNativeQuery(sql.toString()).setParameter(1, track.slug())
                .setParameter(2, from.atStartOfDay()).setParameter(3, to.plusDays(1).atStartOfDay());
        if (questionnaireVersion != null) {
            query.setParameter(4, questionnaireVersion);
        }
        Object[] row = (Object[]) query.getSingleResult();
        List<Long> counts = new ArrayList<>();
        for (Object value : row) {
            counts.add(number(value));
        }
        return Funnel.of(List.of("assessed", "suggested", "enrolled", "started", "half", "completed"),
                List.of("", track.title(), "", "", "", ""), counts);
    }

    /** A course's funnel (enrolled → started → each lesson reached → completed) and per-lesson check figures. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS) // a read: no transaction to begin and commit
    public CourseReport course(String courseSlug) {
        return courseReport(catalog.map().courseBySlug(courseSlug).orElseThrow(() -> new UnknownSubjectException("reports.unknownCourse")));
    }

    /**
     * The course's funnel and figures in one statement over reporting's counters: the course's eight slot rows
     * (course_figures: enrolled, started, completed), its lessons' slot rows (lesson_figures: reached, done, the
     * average of learners' best check scores, failed attempts) and its listening exercises' (listening_figures: answers,
     * right answers, learners who answered, who passed), told apart by the first column. Never every learner's rows.
     */
    private CourseReport courseReport(CourseNode course) {
        List<Long> lessonIds = course.lessons().stream().map(CatalogMap.LessonNode::id).toList();
        List<CatalogMap.LessonNode> listening = course.lessons().stream().filter(CatalogMap.LessonNode::listening).toList();
        StringBuilder sql = new StringBuilder("SELECT 0, 0, COALESCE(SUM(enrolled), 0), COALESCE(SUM(started), 0),"
                + " COALESCE(SUM(completed), 0), 0, 0 FROM course_figures WHERE course_id = ?1");
        if (!lessonIds.isEmpty()) {
            sql.append(" UNION ALL SELECT 1, lesson_id, SUM(reached), SUM(done), SUM(scored), SUM(score_sum), SUM(failed)"
                    + " FROM lesson_figures WHERE lesson_id IN (").append(ids(lessonIds)).append(") GROUP BY lesson_id");
        }
        if (!listening.isEmpty()) {
            sql.append(" UNION ALL SELECT 2, lesson_id, SUM(answers), SUM(correct), SUM(learners), SUM(passed), 0"
                    + " FROM listening_figures WHERE lesson_id IN (")
                    .append(ids(listening.stream().map(CatalogMap.LessonNode::id).toList())).append(") GROUP BY lesson_id");
        }
        // Each row: its kind, then five figures: kind 0 the course's (one row), 1 a lesson's, 2 a listening exercise's.
        List<Map<Long, long[]>> byKind = List.of(new HashMap<>(), new HashMap<>(), new HashMap<>());
        rows(em.createNativeQuery(sql.toString()).setParameter(1, course.id())).forEach(r -> byKind.get((int) number(r[0]))
                .put(number(r[1]), new long[]{number(r[2]), number(r[3]), number(r[4]), number(r[5]), number(r[6])}));
        long[] summary = byKind.get(0).getOrDefault(0L, new long[5]);
        List<CourseReport.LessonFigures> lessons = course.lessons().stream().map(l -> {
            long[] f = byKind.get(1).getOrDefault(l.id(), new long[5]); // reached, done, scored, score sum, failed
            return new CourseReport.LessonFigures(l.position(), l.slug(), l.title(), f[0], f[1],
                    f[2] == 0 ? null : (int) Math.round((double) f[3] / f[2]), f[4]);
        }).toList();
        List<String> keys = new ArrayList<>(List.of("enrolled", "started"));
        List<String> labels = new ArrayList<>(List.of("", ""));
        List<Long> counts = new ArrayList<>(List.of(summary[0], summary[1]));
        List<Boolean> optional = new ArrayList<>(List.of(false, false));
        for (int i = 0; i < lessons.size(); i++) {
            CourseReport.LessonFigures lesson = lessons.get(i);
            boolean required = course.lessons().get(i).required();
            keys.add(required ? "reached" : "reachedOptional");
            labels.add(lesson.position() + ". " + lesson.title());
            counts.add(lesson.reached());
            optional.add(!required);
        }
        keys.add("completed");
        labels.add("");
        counts.add(summary[2]);
        optional.add(false);
        return new CourseReport(course.slug(), course.title(), Funnel.of(keys, labels, counts, optional), lessons,
                listeningFigures(listening, byKind.get(2)));
    }

    /** Per listening exercise of the course: answers, right answers, learners who answered, learners who passed. */
    private List<CourseReport.ListeningFigures> listeningFigures(List<CatalogMap.LessonNode> listening, Map<Long, long[]> figures) {
        return listening.stream().map(l -> {
            long[] f = figures.getOrDefault(l.id(), new long[4]);
            return new CourseReport.ListeningFigures(l.position(), l.slug(), l.title(),
                    catalog.listening(l.id()).map(e -> e.kind().name()).orElse(""), f[2], f[0], f[1],
                    f[0] == 0 ? null : (int) Math.round(100.0 * f[1] / f[0]), f[3]);
        }).toList();
    }

    public AssessmentOutcomes assessmentOutcomes() {
        List<AssessmentOutcomes.Outcome> outcomes = rows(em.createNativeQuery("SELECT q.version, a.scoring_version, a.suggestion,"
                + " a.confidence, COUNT(*) FROM assessment_attempts a JOIN assessment_questionnaires q ON q.id = a.questionnaire_id"
                + " GROUP BY q.version, a.scoring_version, a.suggestion, a.confidence"
                + " ORDER BY q.version, a.scoring_version, a.suggestion, a.confidence")).stream()
                .map(r -> new AssessmentOutcomes.Outcome((int) number(r[0]), (String) r[1], (String) r[2], (String) r[3], number(r[4])))
                .toList();
        Object[] decisions = (Object[]) em.createNativeQuery("SELECT COUNT(*), COALESCE(SUM(CASE WHEN override THEN 1 ELSE 0 END), 0)"
                + " FROM assessment_decisions").getSingleResult();
        List<AssessmentOutcomes.ReasonCount> reasons = rows(em.createNativeQuery("SELECT COALESCE(reason_code, 'NONE'), COUNT(*)"
                + " FROM assessment_decisions WHERE override = TRUE GROUP BY reason_code ORDER BY COUNT(*) DESC")).stream()
                .map(r -> new AssessmentOutcomes.ReasonCount((String) r[0], number(r[1]))).toList();
        List<AssessmentOutcomes.ReasonText> texts = rows(em.createNativeQuery("SELECT decided_at, chosen_track, reason_text"
                + " FROM assessment_decisions WHERE reason_text IS NOT NULL ORDER BY decided_at DESC, id DESC" + limit(20))).stream()
                .map(r -> new AssessmentOutcomes.ReasonText(instant(r[0]), (String) r[1], (String) r[2])).toList();
        return new AssessmentOutcomes(outcomes, number(decisions[0]), number(decisions[1]), reasons, texts);
    }

    /**
     * A page of learners after the given cursor (null for the first page), in the filter's order, by keyset: the
     * database seeks to the cursor in an index instead of counting past earlier rows, so page 2,000 costs what
     * page 1 does.
     */
    public LearnerPage learners(LearnerFilter filter, String cursor, int size) {
        return learners(filter, cursor, size, null);
    }

    /** The learner list; with a scope, only learners enrolled in those courses, and their figures in those only. */
    private LearnerPage learners(LearnerFilter filter, String cursor, int size, Collection<Long> scope) {
        if (!filter.validate()) {
            throw new BusinessException("reports.queryTooLong");
        }
        // The catalogue is read only when a filter needs course ids: the plain list stays a single indexed seek.
        boolean narrowed = filter.course() != null || filter.track() != null || filter.status() != null;
        List<Long> courses = scope != null ? (filter.course() != null ? List.of(scoped(filter.course(), scope).id()) : List.copyOf(scope))
                : narrowed ? courses(catalog.map(), filter) : null;
        Keyset.Position after = cursor == null || cursor.isBlank() ? null
                : Keyset.decode(cursor).orElseThrow(() -> new BusinessException("reports.badCursor"));
        StringBuilder sql = new StringBuilder("SELECT a.id, a.display_name, a.email, a.created_at FROM identity_people a WHERE ").append(LEARNERS);
        List<Object> params = new ArrayList<>();
        if (filter.query() != null) {
            String like = filter.query().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            sql.append(" AND (a.email LIKE ? ESCAPE '\\' OR LOWER(a.display_name) LIKE ? ESCAPE '\\')");
            params.add(like);
            params.add(like);
        }
        if (courses != null) {
            String in = ids(courses);
            sql.append(" AND EXISTS (SELECT 1 FROM learning_enrollments e WHERE e.learner_id = a.id AND e.course_id IN (").append(in).append("))");
            if (filter.status() != null) {
                sql.append(switch (filter.status()) {
                    case NOT_STARTED -> " AND NOT EXISTS (SELECT 1 FROM learning_course_progress p WHERE p.learner_id = a.id AND p.course_id IN ("
                            + in + ") AND (p.lessons_done > 0 OR p.last_lesson_id IS NOT NULL))";
                    case IN_PROGRESS -> " AND EXISTS (SELECT 1 FROM learning_course_progress p WHERE p.learner_id = a.id AND p.course_id IN ("
                            + in + ") AND (p.lessons_done > 0 OR p.last_lesson_id IS NOT NULL) AND p.completed_at IS NULL)";
                    case COMPLETED -> " AND EXISTS (SELECT 1 FROM learning_course_progress p WHERE p.learner_id = a.id AND p.course_id IN ("
                            + in + ") AND p.completed_at IS NOT NULL)";
                });
            }
        }
        boolean newest = filter.sort() == LearnerFilter.Sort.NEWEST;
        if (after != null) {
            if (newest) {
                // Row-value comparisons: the database seeks straight to the cursor in the (key, id) index.
                sql.append(" AND (a.created_at, a.id) < (?, ?)");
                if (!after.key().matches("-?\\d{1,18}")) {
                    throw new BusinessException("reports.badCursor");
                }
                LocalDateTime at = utc(Instant.EPOCH.plus(Long.parseLong(after.key()), ChronoUnit.MICROS));
                params.add(at);
            } else {
                sql.append(" AND (a.display_name, a.id) > (?, ?)");
                params.add(after.key());
            }
            params.add(after.id());
        }
        sql.append(newest ? " ORDER BY a.created_at DESC, a.id DESC" : " ORDER BY a.display_name, a.id");
        Query query = em.createNativeQuery(sql.append(limit(size + 1)).toString());
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        List<Object[]> found = rows(query);
        boolean more = found.size() > size;
        List<Object[]> page = more ? found.subList(0, size) : found;
        Map<Long, Object[]> figures = new HashMap<>();
        if (!page.isEmpty()) {
            rows(em.createNativeQuery("SELECT e.learner_id, COUNT(*), COUNT(p.completed_at), MAX(p.last_activity_at)"
                    + " FROM learning_enrollments e LEFT JOIN learning_course_progress p ON p.learner_id = e.learner_id AND p.course_id = e.course_id"
                    + " WHERE e.learner_id IN (" + ids(page.stream().map(r -> number(r[0])).toList()) + ")"
                    + (scope == null ? "" : " AND e.course_id IN (" + ids(scope) + ")") + " GROUP BY e.learner_id"))
                    .forEach(r -> figures.put(number(r[0]), r));
        }
        List<LearnerRow> rows = page.stream().map(r -> {
            Object[] f = figures.get(number(r[0]));
            return new LearnerRow(number(r[0]), (String) r[1], (String) r[2], instant(r[3]),
                    f == null ? 0 : number(f[1]), f == null ? 0 : number(f[2]), f == null ? null : instant(f[3]));
        }).toList();
        String next = null;
        if (more) {
            LearnerRow last = rows.get(rows.size() - 1);
            next = Keyset.encode(new Keyset.Position(newest ? String.valueOf(ChronoUnit.MICROS.between(Instant.EPOCH, last.joinedAt())) : last.name(), last.id()));
        }
        return new LearnerPage(rows, next);
    }

    /** The course ids the filter narrows to, or null for no narrowing; unknown slugs are refused. */
    private static List<Long> courses(CatalogMap map, LearnerFilter filter) {
        if (filter.course() != null) {
            return List.of(map.courseBySlug(filter.course()).orElseThrow(() -> new UnknownSubjectException("reports.unknownCourse")).id());
        }
        if (filter.track() != null) {
            return ownCourses(map, map.trackBySlug(filter.track()).orElseThrow(() -> new UnknownSubjectException("reports.unknownTrack")));
        }
        return filter.status() == null ? null : List.copyOf(map.courses().keySet());
    }

    /** One learner in full; empty when there is no such learner. */
    public Optional<LearnerDetail> learner(Long id) {
        return learner(id, null);
    }

    /**
     * One learner; with a scope, only when enrolled in one of those courses, and then only their progress in those
     * courses: no other course, no assessment, no learning record, no sign-in time.
     */
    private Optional<LearnerDetail> learner(Long id, Collection<Long> scope) {
        String in = scope == null ? "" : " AND EXISTS (SELECT 1 FROM learning_enrollments s WHERE s.learner_id = a.id"
                + " AND s.course_id IN (" + ids(scope) + "))";
        List<Object[]> account = rows(em.createNativeQuery("SELECT a.id, a.display_name, a.email, a.created_at, a.last_sign_in_at"
                + " FROM identity_people a WHERE a.id = ?1 AND " + LEARNERS + in).setParameter(1, id));
        if (account.isEmpty()) {
            return Optional.empty();
        }
        Object[] a = account.get(0);
        String courseScope = scope == null ? "" : " AND e.course_id IN (" + ids(scope) + ")";
        List<LearnerDetail.Assessment> assessments = scope != null ? List.of() : rows(em.createNativeQuery("SELECT t.id, t.taken_at, t.suggestion, t.confidence,"
                + " t.scoring_version, d.chosen_track, d.override, d.reason_code, d.reason_text FROM assessment_attempts t"
                + " LEFT JOIN assessment_decisions d ON d.attempt_id = t.id AND d.id = (SELECT MAX(x.id) FROM assessment_decisions x WHERE x.attempt_id = t.id)"
                + " WHERE t.learner_id = ?1 ORDER BY t.taken_at DESC, t.id DESC" + limit(50)).setParameter(1, id)).stream()
                .map(r -> new LearnerDetail.Assessment(number(r[0]), instant(r[1]), (String) r[2], (String) r[3], (String) r[4],
                        (String) r[5], r[6] == null ? null : (Boolean) r[6], (String) r[7], (String) r[8])).toList();
        // The learner's own rows and the lessons of their courses by direct, indexed queries: no catalogue walk.
        Map<Long, Object[]> lessonRows = rows(em.createNativeQuery("SELECT lesson_id, state, best_score, attempts, completed_at"
                + " FROM learning_lesson_progress WHERE learner_id = ?1").setParameter(1, id)).stream()
                .collect(Collectors.toMap(r -> number(r[0]), r -> r, (x, y) -> x));
        Map<Long, List<LearnerDetail.Lesson>> lessonsOf = new HashMap<>();
        rows(em.createNativeQuery("SELECT l.id, l.course_id, l.position, l.slug, l.title FROM catalog_lessons l WHERE l.status = 'PUBLISHED'"
                + " AND l.course_id IN (SELECT e.course_id FROM learning_enrollments e WHERE e.learner_id = ?1" + courseScope + ")"
                + " ORDER BY l.course_id, l.position")
                .setParameter(1, id)).forEach(l -> {
                    Object[] p = lessonRows.get(number(l[0]));
                    lessonsOf.computeIfAbsent(number(l[1]), k -> new ArrayList<>()).add(p == null
                            ? new LearnerDetail.Lesson((int) number(l[2]), (String) l[3], (String) l[4], "NOT_STARTED", null, 0, null)
                            : new LearnerDetail.Lesson((int) number(l[2]), (String) l[3], (String) l[4], (String) p[1],
                            p[2] == null ? null : (int) number(p[2]), (int) number(p[3]), instant(p[4])));
                });
        List<LearnerDetail.Course> courses = rows(em.createNativeQuery("SELECT e.course_id, e.enrolled_at, e.left_at, p.lessons_done,"
                + " p.lessons_total, p.completed_at, c.slug, c.title FROM learning_enrollments e JOIN catalog_courses c ON c.id = e.course_id"
                + " LEFT JOIN learning_course_progress p ON p.learner_id = e.learner_id AND p.course_id = e.course_id"
                + " WHERE e.learner_id = ?1 AND c.status = 'PUBLISHED'" + courseScope + " ORDER BY e.enrolled_at, e.course_id")
                .setParameter(1, id)).stream()
                .map(r -> new LearnerDetail.Course((String) r[6], (String) r[7], instant(r[1]), instant(r[2]),
                        (int) number(r[3]), (int) number(r[4]), instant(r[5]), lessonsOf.getOrDefault(number(r[0]), List.of())))
                .toList();
        List<LearnerDetail.Event> timeline = scope != null ? List.of() : rows(em.createNativeQuery("SELECT ev.occurred_at, ev.verb, ev.object_type,"
                + " COALESCE(c.title, l.title), ev.result FROM learning_record ev"
                + " LEFT JOIN catalog_courses c ON ev.object_type = 'COURSE' AND c.id = ev.object_id"
                + " LEFT JOIN catalog_lessons l ON ev.object_type = 'LESSON' AND l.id = ev.object_id"
                + " WHERE ev.learner_id = ?1 ORDER BY ev.occurred_at DESC, ev.id DESC" + limit(100)).setParameter(1, id)).stream()
                .map(r -> new LearnerDetail.Event(instant(r[0]), (String) r[1], (String) r[2], (String) r[3], (String) r[4])).toList();
        return Optional.of(new LearnerDetail(number(a[0]), (String) a[1], (String) a[2], instant(a[3]),
                scope == null ? instant(a[4]) : null, assessments, courses, timeline));
    }

    /** Per learner of one course: progress for the course CSV, in learner id order after the given id (a keyset batch). */
    public List<Object[]> courseProgressBatch(String courseSlug, long afterLearnerId, int size) {
        return courseProgressBatch(catalog.map().courseBySlug(courseSlug)
                .orElseThrow(() -> new UnknownSubjectException("reports.unknownCourse")), afterLearnerId, size);
    }

    private List<Object[]> courseProgressBatch(CourseNode course, long afterLearnerId, int size) {
        return rows(em.createNativeQuery("SELECT a.id, a.display_name, a.email, e.enrolled_at, e.left_at, p.lessons_done,"
                + " p.lessons_total, p.last_activity_at, p.completed_at FROM learning_enrollments e JOIN identity_people a ON a.id = e.learner_id"
                + " LEFT JOIN learning_course_progress p ON p.learner_id = e.learner_id AND p.course_id = e.course_id"
                + " WHERE e.course_id = ?1 AND e.learner_id > ?2 ORDER BY e.learner_id" + limit(size))
                .setParameter(1, course.id()).setParameter(2, afterLearnerId)).stream()
                .map(r -> new Object[]{number(r[0]), r[1], r[2], instant(r[3]), instant(r[4]), r[5] == null ? 0 : number(r[5]),
                        r[6] == null ? course.lessons().size() : number(r[6]), instant(r[7]), instant(r[8])})
                .toList();
    }


    // ---- The same reports for instructors, scoped to the courses they teach ----------------------------------------

    /** The published courses the caller teaches (owner or co-instructor; admins: every course), in catalogue order. */
    @RolesAllowed({Role.Names.INSTRUCTOR, Role.Names.ADMIN})
    public List<CourseNode> taughtCourses() {
        Set<Long> taught = taught();
        return catalog.map().courses().values().stream().filter(c -> taught.contains(c.id())).toList();
    }

    /** The course report of a course the caller teaches: 404 for no such course, 403 for someone else's. */
    @RolesAllowed({Role.Names.INSTRUCTOR, Role.Names.ADMIN})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS) // a read: no transaction to begin and commit
    public CourseReport taughtCourse(String courseSlug) {
        return courseReport(scoped(courseSlug, taught()));
    }

    /** The learners of the caller's courses (a course filter must be one of them; no track filter). */
    @RolesAllowed({Role.Names.INSTRUCTOR, Role.Names.ADMIN})
    public LearnerPage taughtLearners(LearnerFilter filter, String cursor, int size) {
        if (filter.track() != null) {
            throw new BusinessException("reports.unknownFilter");
        }
        return learners(filter, cursor, size, taught());
    }

    /** One learner's progress in the caller's courses; empty when they are in none of them. */
    @RolesAllowed({Role.Names.INSTRUCTOR, Role.Names.ADMIN})
    public Optional<LearnerDetail> taughtLearner(Long id) {
        return learner(id, taught());
    }

    /** The course CSV's batches for a course the caller teaches. */
    @RolesAllowed({Role.Names.INSTRUCTOR, Role.Names.ADMIN})
    public List<Object[]> taughtCourseProgressBatch(String courseSlug, long afterLearnerId, int size) {
        return courseProgressBatch(scoped(courseSlug, taught()), afterLearnerId, size);
    }

    /** The ids of the courses the caller teaches; every course for an admin. */
    private Set<Long> taught() {
        if (session.isCallerInRole(Role.Names.ADMIN)) {
            return Set.copyOf(catalog.map().courses().keySet());
        }
        Long caller = Callers.id(session);
        if (caller == null) {
            return Set.of();
        }
        return rows(em.createNativeQuery("SELECT course_id FROM authoring_course_teachers WHERE account_id = ?1")
                .setParameter(1, caller)).stream().map(r -> number(r[0])).collect(Collectors.toUnmodifiableSet());
    }

    /** A course of the catalogue within the scope: 404 when there is no such course, 403 when it is not in the scope. */
    private CourseNode scoped(String courseSlug, Collection<Long> scope) {
        CourseNode course = catalog.map().courseBySlug(courseSlug).orElseThrow(() -> new UnknownSubjectException("reports.unknownCourse"));
        if (!scope.contains(course.id())) {
            throw new NotYourCourseException();
        }
        return course;
    }

    /**
     * A LIMIT in the SQL text: EclipseLink turns setMaxResults on a native query into JDBC's maxRows, which lets
     * PostgreSQL plan for (and sort) every row and then drop all but the first few; a LIMIT lets it stop early.
     */
    private static String limit(int rows) {
        return " LIMIT " + rows;
    }

    /** A track's own courses: its courses other than the shared foundation ones. */
    private static List<Long> ownCourses(CatalogMap map, TrackNode track) {
        return track.courseIds().stream().filter(id -> !map.courses().get(id).foundation()).toList();
    }

    /** Catalogue ids as an SQL list; never request input. An empty list matches nothing. */
    private static String ids(Collection<Long> ids) {
        return ids.isEmpty() ? "-1" : ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return ((List<Object>) query.getResultList()).stream()
                .map(r -> r instanceof Object[] array ? array : new Object[]{r}).toList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    static Instant instant(Object value) {
        return app.soundpath.platform.Dates.fromColumn(value);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
