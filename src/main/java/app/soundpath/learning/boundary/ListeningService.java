package app.soundpath.learning.boundary;

import app.soundpath.catalog.boundary.CatalogService;
import app.soundpath.catalog.entity.CatalogMap;
import app.soundpath.catalog.entity.CatalogMap.LessonNode;
import app.soundpath.catalog.entity.ListeningExerciseView;
import app.soundpath.catalog.entity.ListeningKind;
import app.soundpath.identity.entity.Role;
import app.soundpath.learning.control.ListeningItems;
import app.soundpath.learning.control.ListeningLadder;
import app.soundpath.learning.entity.CourseLockedException;
import app.soundpath.learning.entity.CourseStatus;
import app.soundpath.learning.entity.IssuedItem;
import app.soundpath.learning.entity.ListeningItem;
import app.soundpath.learning.entity.ListeningStatus;
import app.soundpath.learning.entity.NoExerciseException;
import app.soundpath.learning.entity.NotEnrolledException;
import app.soundpath.learning.entity.UnknownItemException;
import app.soundpath.platform.BusinessException;
import app.soundpath.platform.Callers;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Listening exercises (issue 17), the issuing side: items for the caller, their audio, where the caller stands, and
 * instructors' previews. Grading is {@link LearningService#answerListening}, beside the checks, because passing changes
 * the same progress rows under the same lock.
 * <p>
 * An item is issued by the server: a seed from a {@link SecureRandom}, the rung from the caller's recent answers, and a
 * row that keeps both with the answer. The browser gets the question, the choices and the clips' addresses; the clips
 * are rendered here from the stored seed whenever they are fetched, for the item's learner only. An unanswered item
 * is handed out again (for an hour) instead of a new one, so reloading the page cannot be used to skip a hard item.
 */
@Stateless
@RolesAllowed({Role.Names.LEARNER, Role.Names.INSTRUCTOR, Role.Names.ADMIN})
public class ListeningService {

    /** How long an unanswered item is handed out again rather than replaced. */
    static final Duration OPEN_FOR = Duration.ofHours(1);

    private static final SecureRandom SEEDS = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    CatalogService catalog;

    @Inject
    LearningService learning;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** The caller's next item of a lesson's exercise (their open one, if they have it). Enrolled, unlocked courses only. */
    public IssuedItem issue(String lessonSlug) {
        Long learner = Callers.id(session);
        CatalogMap map = catalog.map();
        LessonNode lesson = lesson(map, lessonSlug);
        ListeningExerciseView exercise = exercise(lesson);
        CourseStatus course = learning.courseStatus(map.courses().get(lesson.courseId()).slug());
        if (!course.enrolled()) {
            throw new NotEnrolledException();
        }
        if (course.locked()) {
            throw new CourseLockedException();
        }
        Instant now = clock.instant();
        ListeningItem item = em.createNamedQuery(ListeningItem.OPEN, ListeningItem.class).setParameter("learner", learner)
                .setParameter("lesson", lesson.id()).setParameter("since", now.minus(OPEN_FOR)).setMaxResults(1)
                .getResultStream().filter(i -> i.getKind() == exercise.kind()).findFirst().orElse(null);
        if (item == null) {
            int level = ListeningLadder.next(learning.listeningAnswers(lesson.id()), exercise.levelFrom(),
                    exercise.levelTo());
            ListeningItems.Item spec = ListeningItems.item(exercise.kind(), level, SEEDS.nextLong());
            item = new ListeningItem(learner, lesson.id(), exercise.kind(), spec.level(), spec.seed(), spec.answer(), now);
            em.persist(item);
            em.flush();
        }
        ListeningItems.Item spec = ListeningItems.item(item.getKind(), item.getRung(), item.getSeed());
        return new IssuedItem(item.getId(), item.getKind().name(), item.getRung(), exercise.levelFrom(),
                exercise.levelTo(), ListeningTexts.prompt(spec), ListeningTexts.choices(spec), spec.clips());
    }

    /** One clip of one of the caller's items as a WAV file (answered ones too, to listen again after the feedback). */
    public byte[] clip(Long itemId, String clip) {
        ListeningItem item = itemId == null ? null : em.find(ListeningItem.class, itemId);
        if (item == null || !item.belongsTo(Callers.id(session))) {
            throw new UnknownItemException();
        }
        ListeningItems.Item spec = ListeningItems.item(item.getKind(), item.getRung(), item.getSeed());
        if (!spec.clips().contains(clip)) {
            throw new UnknownItemException();
        }
        return ListeningItems.wav(spec, clip);
    }

    /** Where the caller stands in a lesson's exercise. One statement (their recent answers). */
    public ListeningStatus status(String lessonSlug) {
        LessonNode lesson = lesson(catalog.map(), lessonSlug);
        ListeningExerciseView e = exercise(lesson);
        List<ListeningLadder.Answer> answers = learning.listeningAnswers(lesson.id());
        return new ListeningStatus(e.kind().name(), ListeningTexts.kindName(e.kind().name()), e.levelFrom(),
                e.levelTo(), e.items(), e.passAccuracy(), e.passWindow(),
                ListeningLadder.next(answers, e.levelFrom(), e.levelTo()), Math.min(answers.size(), e.passWindow()),
                ListeningLadder.accuracy(answers, e.passWindow()),
                ListeningLadder.passed(answers, e.passWindow(), e.passAccuracy()));
    }

    /** The quiet reference tone of the listening-level check: a 1 kHz tone at the clips' level. */
    @PermitAll
    public byte[] referenceTone() {
        return REFERENCE;
    }

    private static final byte[] REFERENCE = ListeningItems.referenceTone();

    // ---- previews for instructors -------------------------------------------------------------------------------------

    /** A preview item of a kind and rung, with a fresh seed (nothing is stored), answer included: for the lesson editor. */
    @RolesAllowed({Role.Names.INSTRUCTOR, Role.Names.ADMIN})
    public Preview preview(String kind, int level) {
        // 53 bits: the seed travels to the editor's script as a JSON number, which JavaScript keeps exactly up to 2^53.
        return preview(kind, level, SEEDS.nextLong() >>> 11);
    }

    @RolesAllowed({Role.Names.INSTRUCTOR, Role.Names.ADMIN})
    public Preview preview(String kind, int level, long seed) {
        ListeningItems.Item spec = spec(kind, level, seed);
        return new Preview(spec.kind().name(), spec.level(), spec.seed(), ListeningTexts.prompt(spec),
                ListeningTexts.choices(spec), spec.clips(), spec.answer(), spec.x(), ListeningTexts.answerLabel(spec),
                ListeningTexts.explanation(spec));
    }

    @RolesAllowed({Role.Names.INSTRUCTOR, Role.Names.ADMIN})
    public byte[] previewClip(String kind, int level, long seed, String clip) {
        ListeningItems.Item spec = spec(kind, level, seed);
        if (!spec.clips().contains(clip)) {
            throw new BusinessException("listening.unknownClip");
        }
        return ListeningItems.wav(spec, clip);
    }

    /**
     * A preview item: what a learner would get, and the answer and what was done (which learners see after grading).
     *
     * @param x which clip X is, for kinds with an X clip (null otherwise)
     */
    public record Preview(String kind, int level, long seed, String prompt, List<IssuedItem.Choice> choices,
                          List<String> clips, String answer, String x, String answerLabel, String explanation) {
    }

    private static ListeningItems.Item spec(String kind, int level, long seed) {
        ListeningKind k = ListeningKind.parse(kind);
        if (k == null || level < 1 || level > k.levels() || seed < 0) {
            throw new BusinessException("listening.badPreview");
        }
        return ListeningItems.item(k, level, seed);
    }

    private ListeningExerciseView exercise(LessonNode lesson) {
        return catalog.listening(lesson.id()).orElseThrow(NoExerciseException::new);
    }

    private static LessonNode lesson(CatalogMap map, String slug) {
        return map.lessonBySlug(slug == null ? "" : slug).orElseThrow(() -> new BusinessException("learning.unknownLesson"));
    }
}
