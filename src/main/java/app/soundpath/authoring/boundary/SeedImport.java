package app.soundpath.authoring.boundary;

import app.soundpath.authoring.control.CourseExchange;
import app.soundpath.authoring.control.CourseMarkdown.SeedCourse;
import app.soundpath.authoring.entity.AuthoredCourse;
import app.soundpath.authoring.entity.AuthoredLesson;
import app.soundpath.authoring.entity.AuthoredQuestion;
import app.soundpath.authoring.entity.CourseDocument;
import app.soundpath.authoring.entity.InvalidContentException;
import app.soundpath.authoring.entity.LessonAdded;
import app.soundpath.authoring.entity.LessonContent;
import app.soundpath.authoring.entity.MalformedContentException;
import app.soundpath.authoring.entity.TrackPlacement;
import app.soundpath.learning.boundary.LearningService;
import app.soundpath.platform.ContentChanged;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Fills a fresh database with the course content of the repository, once, in one transaction: each course document
 * is checked and planned by the course import's rules ({@link CourseExchange}, as an instructor's import is), then
 * written as the seed always was: published, with no owner, no audit entry and no edit time, and announced like any
 * change to content ({@code ContentChanged}, so the catalogue reads it afresh). Called at start-up by
 * {@link ContentSeed} only; no page or endpoint reaches it.
 */
@Stateless
public class SeedImport {

    /** What a start found: the content imported now, already there (the row of content_seed), or courses made otherwise. */
    public enum Outcome { IMPORTED, ALREADY_SEEDED, COURSES_FOUND }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<LessonAdded> lessonAdded;

    @Inject
    Changes changes;

    @Inject
    Event<ContentChanged> contentChanged;

    @Inject
    LearningService learning;

    private static final Logger LOG = Logger.getLogger(SeedImport.class.getName());

    /** True when the content_seed row exists: this database has its content, from the migrations or from src/main/content/. */
    public boolean seeded() {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM content_seed").getSingleResult()).longValue() > 0;
    }

    /**
     * Imports the courses (in this order) into a database without content. The content_seed row is written first:
     * of nodes starting at the same moment, the first holds its key until it commits, and the others then fail on
     * the key and import nothing.
     *
     * @throws MalformedContentException when a course breaks the import's rules; nothing is imported then
     */
    public Outcome seed(List<SeedCourse> courses) {
        if (seeded()) {
            return Outcome.ALREADY_SEEDED;
        }
        boolean coursesFound = em.createNamedQuery(AuthoredCourse.ALL, AuthoredCourse.class).setMaxResults(1)
                .getResultStream().findAny().isPresent();
        em.createNativeQuery("INSERT INTO content_seed (id, source, seeded_at) VALUES (1, ?1, ?2)")
                .setParameter(1, coursesFound ? "EXISTING" : "MARKDOWN")
                .setParameter(2, Timestamp.from(clock.instant())).executeUpdate();
        if (coursesFound) {
            return Outcome.COURSES_FOUND;
        }
        Map<String, Long> trackIds = changes.tracks().stream().collect(Collectors.toMap(Changes.TrackRef::slug,
                Changes.TrackRef::id));
        for (SeedCourse course : courses) {
            write(course, plan(course), trackIds);
        }
        return Outcome.IMPORTED;
    }

    // ---- seed lessons added to src/main/content/ later --------------------------------------------------------------

    /**
     * Adds the seed lessons this database has never had to their seeded courses, in one transaction, and answers their
     * slugs: a lesson of src/main/content/ whose slug is in no lesson here, was never recorded in content_seed_lesson
     * (so it was not deleted or renamed since that table exists) and is named in no lesson's audit entry (deleted or
     * renamed before), of a course with its seed slug that nobody owns (an instructor's own course is never touched;
     * seeded courses an admin edited are fine). Each is checked by the import's rules, recorded first (of two nodes
     * doing this at once, the second waits on the record's key, then fails, and its retry finds the lesson recorded),
     * then added published at the end of its course with its check and exercise, as the seed import writes lessons.
     * Databases whose content did not come from the seed (content_seed says EXISTING, or has no row) get nothing.
     * Two statements when nothing is missing.
     */
    public List<String> addMissingLessons(List<SeedCourse> courses) {
        List<?> source = em.createNativeQuery("SELECT source FROM content_seed").getResultList();
        if (source.isEmpty() || !List.of("MIGRATIONS", "MARKDOWN").contains(String.valueOf(source.getFirst()))) {
            return List.of();
        }
        Set<String> had = new HashSet<>();
        em.createNativeQuery("SELECT slug FROM content_seed_lesson UNION SELECT slug FROM lesson").getResultList()
                .forEach(slug -> had.add(String.valueOf(slug)));
        Map<SeedCourse, List<CourseDocument.Lesson>> missing = new LinkedHashMap<>();
        for (SeedCourse course : courses) {
            List<CourseDocument.Lesson> lessons = course.document().lessons().stream().filter(l -> !had.contains(l.slug())).toList();
            if (!lessons.isEmpty()) {
                missing.put(course, lessons);
            }
        }
        if (missing.isEmpty()) {
            return List.of();
        }
        Set<String> named = namedInAudit(missing.values().stream().flatMap(List::stream).map(CourseDocument.Lesson::slug).toList());
        Map<String, AuthoredCourse> seeded = seededCourses(missing.keySet().stream().map(c -> c.document().slug()).toList());
        List<String> added = new ArrayList<>();
        for (Map.Entry<SeedCourse, List<CourseDocument.Lesson>> entry : missing.entrySet()) {
            CourseDocument doc = entry.getKey().document();
            AuthoredCourse course = seeded.get(doc.slug());
            List<CourseDocument.Lesson> lessons = new ArrayList<>();
            for (CourseDocument.Lesson lesson : entry.getValue()) {
                if (named.contains(lesson.slug())) {
                    record(lesson.slug(), doc.slug(), null, "GONE"); // was here once: never again
                } else if (course != null) {
                    lessons.add(lesson);
                }
            }
            if (!lessons.isEmpty()) {
                added.addAll(append(course, doc, lessons));
            }
        }
        return added;
    }

    private List<String> append(AuthoredCourse course, CourseDocument doc, List<CourseDocument.Lesson> lessons) {
        CourseExchange.Known known = changes.known();
        // Only these lessons, and under their own slugs (none is taken: that is why they are added); the course's
        // tracks and prerequisites are the database's now, not the document's.
        CourseExchange.Plan plan;
        try {
            plan = CourseExchange.plan(new CourseDocument(doc.format(), doc.title(), doc.slug(), doc.summary(), List.of(),
                    List.of(), lessons), new CourseExchange.Known(known.skillIds(), known.courseIds(), known.trackSlugs(),
                    slug -> Set.of(), slug -> Set.of()));
        } catch (InvalidContentException e) {
            LOG.warning(() -> "New lessons of src/main/content/" + doc.slug() + " were not added: they break the import's"
                    + " rules here (" + e.problems().keySet() + "), e.g. a skill this database no longer has");
            return List.of();
        }
        int position = changes.lessonsOf(course.getId()).stream().mapToInt(AuthoredLesson::getPosition).max().orElse(0);
        List<String> added = new ArrayList<>();
        boolean required = false;
        for (LessonContent content : plan.lessons()) {
            record(content.slug(), doc.slug(), null, "ADDED"); // first: the key two starting nodes meet on
            AuthoredLesson lesson = writeLesson(course.getId(), ++position, content);
            em.createNativeQuery("UPDATE content_seed_lesson SET lesson_id = ?1 WHERE slug = ?2").setParameter(1, lesson.getId())
                    .setParameter(2, content.slug()).executeUpdate();
            added.add(content.slug());
            required |= content.required();
        }
        em.flush();
        if (required) {
            learning.recountCourseAtStartUp(course.getId()); // a required lesson changes every learner's total
        }
        contentChanged.fire(new ContentChanged(course.getId()));
        return added;
    }

    /** The slugs (of those given) that some lesson's audit entry names: the lesson was here, and was deleted or renamed. */
    private Set<String> namedInAudit(List<String> slugs) {
        StringBuilder sql = new StringBuilder("SELECT before_text FROM audit_entry WHERE object_type = 'LESSON' AND (");
        for (int i = 0; i < slugs.size(); i++) {
            sql.append(i == 0 ? "" : " OR ").append("before_text LIKE ?").append(2 * i + 1).append(" OR before_text LIKE ?")
                    .append(2 * i + 2);
        }
        var query = em.createNativeQuery(sql.append(")").toString());
        for (int i = 0; i < slugs.size(); i++) {
            query.setParameter(2 * i + 1, "%slug: " + slugs.get(i) + ";%").setParameter(2 * i + 2, "%slug: " + slugs.get(i));
        }
        Set<String> named = new HashSet<>();
        for (Object text : query.getResultList()) {
            for (String slug : slugs) {
                String t = String.valueOf(text);
                if (t.contains("slug: " + slug + ";") || t.endsWith("slug: " + slug)) {
                    named.add(slug);
                }
            }
        }
        return named;
    }

    /** The courses with these slugs that nobody owns (the seeded ones), by slug. */
    private Map<String, AuthoredCourse> seededCourses(List<String> slugs) {
        Set<Long> owned = new HashSet<>();
        em.createNativeQuery("SELECT DISTINCT course_id FROM course_owner").getResultList()
                .forEach(id -> owned.add(((Number) id).longValue()));
        return em.createNamedQuery(AuthoredCourse.ALL, AuthoredCourse.class).getResultStream()
                .filter(c -> slugs.contains(c.getSlug()) && !owned.contains(c.getId()))
                .collect(Collectors.toMap(AuthoredCourse::getSlug, c -> c));
    }

    private void record(String slug, String courseSlug, Long lessonId, String how) {
        // A null bound as a parameter reaches PostgreSQL as text, which a BIGINT column refuses: write NULL itself.
        var insert = em.createNativeQuery("INSERT INTO content_seed_lesson (slug, course_slug, lesson_id, how, recorded_at)"
                + " VALUES (?1, ?2, " + (lessonId == null ? "NULL" : "?3") + ", ?4, ?5)").setParameter(1, slug)
                .setParameter(2, courseSlug).setParameter(4, how).setParameter(5, Timestamp.from(clock.instant()));
        if (lessonId != null) {
            insert.setParameter(3, lessonId);
        }
        insert.executeUpdate();
    }

    private CourseExchange.Plan plan(SeedCourse course) {
        try {
            return CourseExchange.plan(course.document(), changes.known()); // what an instructor's import checks
        } catch (InvalidContentException e) {
            throw new MalformedContentException("src/main/content/" + course.document().slug(), 0, "breaks the import's rules: "
                    + e.problems().entrySet().stream().map(p -> p.getKey() + " " + p.getValue().key()
                            + p.getValue().arguments()).collect(Collectors.joining(", "))
                    + " (lessons[n] is the n-th lesson file)");
        }
    }

    private void write(SeedCourse seed, CourseExchange.Plan plan, Map<String, Long> trackIds) {
        Set<AuthoredCourse> prerequisites = new HashSet<>();
        plan.course().prerequisites().forEach(id -> prerequisites.add(em.find(AuthoredCourse.class, id)));
        AuthoredCourse course = AuthoredCourse.seeded(plan.course().slug(), plan.course().title(), plan.course().summary(),
                seed.foundation(), prerequisites);
        em.persist(course);
        em.flush();
        for (String track : plan.course().tracks()) {
            Long trackId = trackIds.get(track);
            int position = em.createNamedQuery(TrackPlacement.OF_TRACK, TrackPlacement.class).setParameter("track", trackId)
                    .getResultStream().mapToInt(TrackPlacement::getPosition).max().orElse(0) + 1;
            em.persist(new TrackPlacement(trackId, course.getId(), position));
        }
        int position = 0;
        for (LessonContent content : plan.lessons()) {
            AuthoredLesson lesson = writeLesson(course.getId(), ++position, content);
            record(content.slug(), course.getSlug(), lesson.getId(), "IMPORTED");
        }
        em.flush();
        // As every change to content announces itself (Changes.audit): a catalogue snapshot read meanwhile is dropped.
        contentChanged.fire(new ContentChanged(course.getId()));
    }

    /**
     * Writes one seed lesson, published, at the position given in its course, with its check questions; its id is
     * flushed first, as the lesson's figures ({@code LessonAdded}, kept in this transaction) and questions need it.
     * The first import and the late addition of seed lessons both write lessons here.
     */
    private AuthoredLesson writeLesson(Long courseId, int position, LessonContent content) {
        AuthoredLesson lesson = AuthoredLesson.seeded(courseId, position, content);
        em.persist(lesson);
        em.flush();
        lessonAdded.fire(new LessonAdded(lesson.getId()));
        for (int i = 0; i < content.questions().size(); i++) {
            em.persist(new AuthoredQuestion(lesson.getId(), i + 1, content.questions().get(i)));
        }
        return lesson;
    }

}
