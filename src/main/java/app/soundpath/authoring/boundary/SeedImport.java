package app.soundpath.authoring.boundary;

import app.soundpath.authoring.control.CourseExchange;
import app.soundpath.authoring.control.CourseMarkdown.SeedCourse;
import app.soundpath.authoring.entity.AuthoredCourse;
import app.soundpath.authoring.entity.AuthoredLesson;
import app.soundpath.authoring.entity.AuthoredQuestion;
import app.soundpath.authoring.entity.InvalidContentException;
import app.soundpath.authoring.entity.LessonAdded;
import app.soundpath.authoring.entity.LessonContent;
import app.soundpath.authoring.entity.MalformedContentException;
import app.soundpath.authoring.entity.TrackPlacement;
import app.soundpath.platform.ContentChanged;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
            AuthoredLesson lesson = AuthoredLesson.seeded(course.getId(), ++position, content);
            em.persist(lesson);
            em.flush();
            lessonAdded.fire(new LessonAdded(lesson.getId()));
            for (int i = 0; i < content.questions().size(); i++) {
                em.persist(new AuthoredQuestion(lesson.getId(), i + 1, content.questions().get(i)));
            }
        }
        em.flush();
        // As every change to content announces itself (Changes.audit): a catalogue snapshot read meanwhile is dropped.
        contentChanged.fire(new ContentChanged(course.getId()));
    }

}
