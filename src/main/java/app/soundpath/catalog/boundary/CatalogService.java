package app.soundpath.catalog.boundary;

import app.soundpath.catalog.entity.CatalogMap;
import app.soundpath.catalog.entity.CatalogSnapshot;
import app.soundpath.catalog.entity.Comparison;
import app.soundpath.catalog.entity.ContentVersion;
import app.soundpath.catalog.entity.CourseCard;
import app.soundpath.catalog.entity.CourseDetail;
import app.soundpath.catalog.entity.LessonDetail;
import app.soundpath.catalog.entity.ListeningExerciseView;
import app.soundpath.catalog.entity.QuestionView;
import app.soundpath.catalog.entity.TrackDetail;
import app.soundpath.catalog.entity.TrackSummary;
import app.soundpath.platform.ContentChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;

/**
 * The catalog's one façade: read-only views of tracks, courses and lessons for pages, the REST API and the other
 * features' progress rules. It serves them from one immutable {@link CatalogSnapshot} of everything published,
 * built on first use in a fixed number of queries ({@link CatalogLoader}) and kept until content changes: when the
 * authoring feature fires {@link ContentChanged} in the transaction of a change, the snapshot is dropped as soon as
 * that transaction commits (before the instructor's request returns), and the next read builds a new one. A warm
 * catalogue page therefore reads no database at all.
 * <p>
 * A snapshot that was being built while content changed is used for the request that built it but never kept
 * (the generation check), so a stale picture cannot outlive the change that made it stale.
 */
@ApplicationScoped
public class CatalogService {

    private static final Logger LOG = Logger.getLogger(CatalogService.class.getName());

    private final AtomicReference<CatalogSnapshot> current = new AtomicReference<>();
    private final AtomicLong generation = new AtomicLong();

    @Inject
    CatalogLoader loader;

    @PersistenceUnit
    EntityManagerFactory emf;

    /**
     * The published content as it is now. The snapshot is kept while the content version row is in this node's
     * shared cache: another node's change to content invalidates that row here (cache coordination over Payara's data
     * grid), and then the snapshot is dropped and read again. A hash lookup per call; no SQL.
     */
    public CatalogSnapshot snapshot() {
        CatalogSnapshot snapshot = current.get();
        if (snapshot != null && emf.getCache().contains(ContentVersion.class, ContentVersion.ONE)) {
            return snapshot;
        }
        if (snapshot != null) {
            LOG.info("Published content changed (on another node, or its version row was evicted here): reading it again");
            synchronized (this) {
                generation.incrementAndGet();
                current.compareAndSet(snapshot, null);
            }
        }
        long seen = generation.get();
        long started = System.nanoTime();
        CatalogSnapshot fresh = loader.load();
        synchronized (this) {
            if (generation.get() == seen && current.get() == null) {
                current.set(fresh);
                LOG.fine(() -> "Published content loaded in " + (System.nanoTime() - started) / 1_000_000 + " ms");
            }
        }
        return fresh;
    }

    /** Drops the snapshot once a change to content has committed (or at once when fired outside a transaction). */
    void contentChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged change) {
        synchronized (this) {
            generation.incrementAndGet();
            current.set(null);
        }
    }

    public List<TrackSummary> tracks() {
        return snapshot().tracks();
    }

    public Optional<TrackDetail> track(String slug) {
        return snapshot().track(slug);
    }

    public Comparison comparison() {
        return snapshot().comparison();
    }

    /** The courses every track shares, where a newcomer should start. */
    public List<CourseCard> foundationCourses() {
        return snapshot().foundationCourses();
    }

    public Optional<CourseDetail> course(String slug) {
        return snapshot().course(slug);
    }

    public Optional<LessonDetail> lesson(String slug) {
        return snapshot().lesson(slug);
    }

    /** Whether a lesson with this address is shown to learners (the same lessons {@link #lesson} finds). */
    public boolean lessonExists(String slug) {
        return snapshot().lesson(slug).isPresent();
    }

    /** The catalog's whole structure, for the progress rules of the learning feature. */
    public CatalogMap map() {
        return snapshot().map();
    }

    /** A lesson's check questions with their answer key, in order; empty when the lesson has no check. */
    public List<QuestionView> check(Long lessonId) {
        return snapshot().checks().getOrDefault(lessonId, List.of());
    }

    /** A lesson's listening exercise (issue 17), if it holds one. From the snapshot: no query. */
    public Optional<ListeningExerciseView> listening(Long lessonId) {
        return Optional.ofNullable(snapshot().exercises().get(lessonId));
    }

    /** Every check question of a course's lessons, by lesson id (for a course challenge). */
    public Map<Long, List<QuestionView>> checksOfCourse(Long courseId) {
        return snapshot().checksByCourse().getOrDefault(courseId, Map.of());
    }
}
