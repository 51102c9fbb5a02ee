package app.soundpath.tools;

import app.soundpath.demo.control.Catalog;
import app.soundpath.demo.control.LoadPlan;

import static org.assertj.core.api.Assertions.assertThat;

import app.soundpath.assessment.control.TrackFitScorer;
import app.soundpath.assessment.entity.Item;
import app.soundpath.assessment.entity.ScoringVersion;
import app.soundpath.assessment.entity.Side;
import app.soundpath.assessment.entity.TrackFit;
import app.soundpath.identity.control.PasswordHasher;
import app.soundpath.testing.LandedSeed;
import app.soundpath.learning.entity.LearningEvent.ObjectType;
import app.soundpath.learning.entity.LearningEvent.Verb;
import app.soundpath.learning.entity.LessonState;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo and load data plan, without a database to fill: the same seed gives the same rows, the sizes are right,
 * and the rows keep the app's rules (summaries agree with lesson rows, attempts with lesson rows, events with both,
 * prerequisites before progress, stored assessment results with the app's scorer). The catalog is the seed content
 * in an in-memory H2 database, as installations made before issue 13 have it (LandedSeed: the same courses, lessons
 * and checks a fresh database imports from src/main/content/).
 */
class LoadDataPlanTest {

    static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");
    static Catalog catalog;

    @BeforeAll
    static void readTheSeedCatalog() throws Exception {
        String url = "jdbc:h2:mem:loadplan-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        LandedSeed.migrate(url, "sa", ""); // the courses as a database has them (the app imports src/main/content/ at start-up)
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            catalog = Catalog.read(c);
            c.createStatement().execute("SHUTDOWN");
        }
    }

    static List<LoadPlan.Learner> plan(long seed, int learners) {
        LoadPlan plan = new LoadPlan(catalog, seed, NOW, learners, new app.soundpath.assessment.control.TrackFitScorer(app.soundpath.assessment.entity.ScoringVersion.V1)::score);
        List<LoadPlan.Learner> all = new ArrayList<>();
        while (plan.hasNext()) {
            all.add(plan.next());
        }
        return all;
    }

    @Test
    void theCatalogIsReadFromTheDatabase() {
        assertThat(catalog.courses()).hasSize(9);
        assertThat(catalog.lessons()).hasSize(45).allSatisfy(l -> assertThat(l.questions()).isNotEmpty());
        assertThat(catalog.tracks()).containsOnlyKeys(Side.PRODUCER, Side.ENGINEER);
        assertThat(catalog.tracks().values()).allSatisfy(ids -> assertThat(catalog.course(ids.get(0)).foundation()).isTrue());
        assertThat(catalog.items().stream().map(Catalog.QItem::block).distinct()).containsExactly("A", "B", "C", "D", "T");
    }

    @Test
    void theSameSeedAndReferenceTimeGiveTheSameRowsAndAnotherSeedOthers() {
        List<LoadPlan.Learner> once = plan(42, 300);
        assertThat(plan(42, 300)).isEqualTo(once);
        assertThat(plan(7, 300)).isNotEqualTo(once);
        assertThat(plan(42, 100)).as("a smaller size is the start of a larger one").isEqualTo(once.subList(0, 100));
    }

    @Test
    void sizesGiveTheirNumberOfLearnersWithIdsAndEmailsInTheReservedRange() {
        assertThat(Arrays.stream(LoadPlan.Size.values()).map(s -> s.learners)).containsExactly(100, 10_000, 100_000);
        List<LoadPlan.Learner> s = plan(42, LoadPlan.Size.S.learners);
        assertThat(s).hasSize(100);
        assertThat(s.stream().map(l -> l.account().id())).containsExactlyElementsOf(
                java.util.stream.LongStream.rangeClosed(LoadPlan.ID_BASE + 1, LoadPlan.ID_BASE + 100).boxed().toList());
        assertThat(s.get(0).account().email()).isEqualTo("learner-000001@load.soundpath.test");
        assertThat(s.stream().map(l -> l.account().email()).distinct()).hasSize(100);
    }

    @Test
    void theGeneratedPasswordHashSignsInWithTheDocumentedPassword() {
        String hash = LoadData.passwordHash(42);
        assertThat(new PasswordHasher().verify(LoadPlan.PASSWORD, hash)).isTrue();
        assertThat(new PasswordHasher().needsUpgrade(hash)).isFalse();
        assertThat(LoadData.passwordHash(42)).isEqualTo(hash);
    }

    @Test
    void rowsKeepTheAppsRules() {
        List<LoadPlan.Learner> all = plan(42, 3000);
        uniqueIds(all);
        for (LoadPlan.Learner learner : all) {
            timesWithinTheLearnersLife(learner);
            summariesAgreeWithLessonRows(learner);
            lessonRowsAgreeWithAttempts(learner);
            eventsAgreeWithRows(learner);
            prerequisitesCameFirst(learner);
            assessmentsAreScoredByTheApp(learner);
        }
    }

    @Test
    void thePopulationLooksLikeTheIssueAsks() {
        List<LoadPlan.Learner> all = plan(42, 5_000);
        long takers = all.stream().filter(l -> !l.attempts().isEmpty()).count();
        assertThat(takers / 5_000.0).isBetween(0.65, 0.75);
        assertThat(all.stream().filter(l -> l.attempts().size() > 1).count()).isPositive();
        Map<TrackFit.Suggestion, Long> suggestions = all.stream().flatMap(l -> l.attempts().stream())
                .collect(Collectors.groupingBy(a -> a.fit().suggestion(), Collectors.counting()));
        double attempts = suggestions.values().stream().mapToLong(Long::longValue).sum();
        assertThat(suggestions.get(TrackFit.Suggestion.PRODUCER) / attempts).isBetween(0.40, 0.50);
        assertThat(suggestions.get(TrackFit.Suggestion.ENGINEER) / attempts).isBetween(0.35, 0.45);
        assertThat(suggestions.get(TrackFit.Suggestion.CLOSE_CALL) / attempts).isBetween(0.10, 0.20);
        List<LoadPlan.Decision> decisions = all.stream().flatMap(l -> l.decisions().stream()).toList();
        assertThat(decisions.size() / (double) takers).isBetween(0.7, 1.0);
        assertThat(decisions.stream().filter(LoadPlan.Decision::override).count() / (double) decisions.size()).isBetween(0.06, 0.14);
        assertThat(decisions.stream().filter(LoadPlan.Decision::override).map(LoadPlan.Decision::reason).distinct())
                .hasSize(5);
        // Drop-off: most start the foundation course, fewer go on, fewer still finish a track.
        long foundation = learnersWith(all, l -> catalog.course(l.courseId()).foundation() && l.lessonsDone() > 0);
        long foundationDone = learnersWith(all, l -> catalog.course(l.courseId()).foundation() && l.completedAt() != null);
        long trackStarted = learnersWith(all, l -> !catalog.course(l.courseId()).foundation() && l.lessonsDone() > 0);
        long trackDone = all.stream().filter(l -> catalog.tracks().values().stream().anyMatch(ids -> ids.stream()
                .allMatch(id -> l.courses().stream().anyMatch(c -> c.courseId() == id && c.completedAt() != null)))).count();
        assertThat(foundation / 5_000.0).isGreaterThan(0.8);
        assertThat(foundationDone).isLessThan(foundation);
        assertThat(trackStarted).isLessThan(foundationDone);
        assertThat(trackDone).isPositive().isLessThan(trackStarted / 2);
        assertThat(all.stream().mapToInt(l -> l.lessons().size()).sum() / 5_000.0).as("lesson rows per learner").isBetween(10.0, 16.0);
        long activeLastWeek = all.stream().filter(l -> l.account().lastSignInAt().isAfter(NOW.minusSeconds(7 * 86_400))).count();
        assertThat(activeLastWeek / 5_000.0).isBetween(0.04, 0.2);
        assertThat(all.stream().flatMap(l -> l.lessons().stream()).map(LoadPlan.LessonProgress::state).distinct())
                .containsExactlyInAnyOrder(LessonState.IN_PROGRESS, LessonState.COMPLETED, LessonState.WAIVED);
        assertThat(all.stream().flatMap(l -> l.events().stream()).map(LoadPlan.Event::verb).distinct())
                .containsExactlyInAnyOrder(Verb.values());
    }

    // ---- the rules ---------------------------------------------------------------------------------------------------

    static long learnersWith(List<LoadPlan.Learner> all, Predicate<LoadPlan.CourseProgress> condition) {
        return all.stream().filter(l -> l.courses().stream().anyMatch(condition)).count();
    }

    static void uniqueIds(List<LoadPlan.Learner> all) {
        assertUnique(all.stream().flatMap(l -> l.attempts().stream()).map(LoadPlan.Attempt::id).toList());
        assertUnique(all.stream().flatMap(l -> l.decisions().stream()).map(LoadPlan.Decision::id).toList());
        assertUnique(all.stream().flatMap(l -> l.enrollments().stream()).map(LoadPlan.Enrollment::id).toList());
        assertUnique(all.stream().flatMap(l -> l.checks().stream()).map(LoadPlan.CheckAttempt::id).toList());
        assertUnique(all.stream().flatMap(l -> l.events().stream()).map(LoadPlan.Event::id).toList());
    }

    static void assertUnique(List<Long> ids) {
        assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
        assertThat(ids).allSatisfy(id -> assertThat(id).isGreaterThan(LoadPlan.ID_BASE));
    }

    static void timesWithinTheLearnersLife(LoadPlan.Learner l) {
        Instant born = l.account().createdAt();
        List<Instant> times = new ArrayList<>();
        l.attempts().forEach(a -> times.add(a.takenAt()));
        l.decisions().forEach(d -> times.add(d.decidedAt()));
        l.enrollments().forEach(e -> times.add(e.enrolledAt()));
        l.courses().forEach(c -> times.add(c.lastActivityAt()));
        l.lessons().forEach(p -> times.add(p.updatedAt()));
        l.checks().forEach(c -> times.add(c.attemptedAt()));
        l.events().forEach(e -> times.add(e.occurredAt()));
        assertThat(times).allSatisfy(t -> assertThat(t).isBetween(born, NOW));
        assertThat(l.account().lastSignInAt()).isBetween(born, NOW);
        assertThat(l.events().stream().map(LoadPlan.Event::occurredAt).toList()).isSorted();
    }

    static void summariesAgreeWithLessonRows(LoadPlan.Learner l) {
        assertThat(l.courses().stream().map(LoadPlan.CourseProgress::courseId))
                .containsExactlyInAnyOrderElementsOf(l.enrollments().stream().map(LoadPlan.Enrollment::courseId).toList());
        for (LoadPlan.CourseProgress summary : l.courses()) {
            Catalog.Course course = catalog.course(summary.courseId());
            long done = l.lessons().stream().filter(p -> p.courseId() == course.id() && p.state().done()).count();
            assertThat(summary.lessonsTotal()).isEqualTo(course.lessons().size());
            assertThat(summary.lessonsDone()).isEqualTo(done);
            assertThat(summary.completedAt() != null).isEqualTo(done == course.lessons().size());
            if (summary.lastLessonId() != null) {
                assertThat(course.lessons().stream().map(Catalog.Lesson::id)).contains(summary.lastLessonId());
            }
        }
        for (LoadPlan.LessonProgress row : l.lessons()) {
            assertThat(catalog.course(row.courseId()).lessons().stream().map(Catalog.Lesson::id)).contains(row.lessonId());
        }
    }

    static void lessonRowsAgreeWithAttempts(LoadPlan.Learner l) {
        Map<Long, List<LoadPlan.CheckAttempt>> byLesson = l.checks().stream()
                .collect(Collectors.groupingBy(LoadPlan.CheckAttempt::lessonId));
        assertThat(byLesson.keySet()).allSatisfy(id -> assertThat(l.lessons().stream().map(LoadPlan.LessonProgress::lessonId)).contains(id));
        Map<Long, Catalog.Lesson> lessons = catalog.lessons().stream().collect(Collectors.toMap(Catalog.Lesson::id, x -> x));
        for (LoadPlan.CheckAttempt attempt : l.checks()) {
            Catalog.Lesson lesson = lessons.get(attempt.lessonId());
            Map<Long, Set<Long>> chosen = new HashMap<>();
            for (String pair : attempt.answers().split(";")) {
                String[] kv = pair.split(":");
                chosen.put(Long.valueOf(kv[0]), Arrays.stream(kv[1].split(",")).map(Long::valueOf).collect(Collectors.toSet()));
            }
            long right = lesson.questions().stream().filter(q -> q.correct().equals(chosen.getOrDefault(q.id(), Set.of()))).count();
            assertThat(attempt.score()).isEqualTo((int) (right * 100 / lesson.questions().size()));
            assertThat(attempt.passed()).isEqualTo(attempt.score() >= lesson.passMark());
        }
        for (LoadPlan.LessonProgress row : l.lessons()) {
            List<LoadPlan.CheckAttempt> attempts = byLesson.getOrDefault(row.lessonId(), List.of());
            assertThat(row.attempts()).isEqualTo(attempts.size());
            assertThat(row.bestScore()).isEqualTo(attempts.stream().map(LoadPlan.CheckAttempt::score).max(Integer::compare).orElse(null));
            assertThat(row.completedAt() != null).isEqualTo(row.state().done());
            switch (row.state()) {
                case COMPLETED -> {
                    assertThat(attempts).anyMatch(LoadPlan.CheckAttempt::passed);
                    assertThat(row.bestScore()).isGreaterThanOrEqualTo(lessons.get(row.lessonId()).passMark());
                    assertThat(row.completedAt()).isEqualTo(attempts.stream().filter(LoadPlan.CheckAttempt::passed)
                            .map(LoadPlan.CheckAttempt::attemptedAt).min(Instant::compareTo).orElseThrow());
                }
                case IN_PROGRESS -> assertThat(attempts).isNotEmpty().noneMatch(LoadPlan.CheckAttempt::passed);
                case WAIVED -> assertThat(attempts).noneMatch(LoadPlan.CheckAttempt::passed);
                default -> throw new AssertionError(row.state());
            }
        }
    }

    static void eventsAgreeWithRows(LoadPlan.Learner l) {
        assertThat(count(l, Verb.PASSED, ObjectType.LESSON)).isEqualTo(l.checks().stream().filter(LoadPlan.CheckAttempt::passed).count());
        assertThat(count(l, Verb.FAILED, ObjectType.LESSON)).isEqualTo(l.checks().stream().filter(c -> !c.passed()).count());
        assertThat(count(l, Verb.COMPLETED, ObjectType.LESSON)).isEqualTo(l.lessons().stream().filter(p -> p.state() == LessonState.COMPLETED).count());
        assertThat(count(l, Verb.WAIVED, ObjectType.LESSON)).isEqualTo(l.lessons().stream().filter(p -> p.state() == LessonState.WAIVED).count());
        assertThat(count(l, Verb.COMPLETED, ObjectType.COURSE)).isEqualTo(l.courses().stream().filter(c -> c.completedAt() != null).count());
        assertThat(count(l, Verb.ENROLLED, ObjectType.COURSE)).isGreaterThanOrEqualTo(l.enrollments().size());
        assertThat(count(l, Verb.LEFT, ObjectType.COURSE)).isEqualTo(l.enrollments().stream().filter(e -> e.leftAt() != null).count());
        assertThat(l.events().stream().filter(e -> e.verb() == Verb.PASSED && e.objectType() == ObjectType.COURSE))
                .allSatisfy(e -> assertThat(e.result()).startsWith("challenge "));
    }

    static long count(LoadPlan.Learner l, Verb verb, ObjectType type) {
        return l.events().stream().filter(e -> e.verb() == verb && e.objectType() == type).count();
    }

    static void prerequisitesCameFirst(LoadPlan.Learner l) {
        Map<Long, Instant> completed = l.courses().stream().filter(c -> c.completedAt() != null)
                .collect(Collectors.toMap(LoadPlan.CourseProgress::courseId, LoadPlan.CourseProgress::completedAt));
        Map<Long, Instant> firstActivity = new TreeMap<>();
        Map<Long, Long> courseOfLesson = catalog.lessons().stream().collect(Collectors.toMap(Catalog.Lesson::id, Catalog.Lesson::courseId));
        l.checks().forEach(c -> firstActivity.merge(courseOfLesson.get(c.lessonId()), c.attemptedAt(), (a, b) -> a.isBefore(b) ? a : b));
        l.lessons().stream().filter(p -> p.completedAt() != null)
                .forEach(p -> firstActivity.merge(p.courseId(), p.completedAt(), (a, b) -> a.isBefore(b) ? a : b));
        firstActivity.forEach((courseId, first) -> {
            for (Long required : catalog.course(courseId).prerequisites()) {
                assertThat(completed).containsKey(required);
                assertThat(completed.get(required)).isBeforeOrEqualTo(first);
            }
        });
    }

    static void assessmentsAreScoredByTheApp(LoadPlan.Learner l) {
        List<Item> items = catalog.items().stream().filter(Catalog.QItem::scored).map(Catalog.QItem::toScored).toList();
        Map<String, Side> tieBreakerSides = new HashMap<>();
        catalog.items().stream().filter(i -> !i.scored())
                .forEach(i -> i.options().forEach(o -> tieBreakerSides.put(i.id() + "=" + o.id(), o.side())));
        for (LoadPlan.Attempt attempt : l.attempts()) {
            Map<String, String> answers = new TreeMap<>();
            for (String pair : attempt.answers().split(";")) {
                answers.put(pair.split("=")[0], pair.split("=")[1]);
            }
            assertThat(answers).hasSize(items.size());
            List<Side> sides = attempt.tieBreakers().isEmpty() ? List.of()
                    : Arrays.stream(attempt.tieBreakers().split(";")).map(tieBreakerSides::get).filter(Objects::nonNull).toList();
            assertThat(new TrackFitScorer(ScoringVersion.V1).score(items, answers, sides)).isEqualTo(attempt.fit());
        }
        Map<Long, LoadPlan.Attempt> attempts = l.attempts().stream().collect(Collectors.toMap(LoadPlan.Attempt::id, a -> a));
        for (LoadPlan.Decision d : l.decisions()) {
            LoadPlan.Attempt attempt = attempts.get(d.attemptId());
            assertThat(attempt).isNotNull();
            assertThat(d.decidedAt()).isAfterOrEqualTo(attempt.takenAt());
            boolean override = attempt.fit().suggestion() != TrackFit.Suggestion.CLOSE_CALL
                    && !attempt.fit().suggestion().name().equals(d.chosenTrack().name());
            assertThat(d.override()).isEqualTo(override);
            assertThat(d.reason() != null).isEqualTo(override);
            if (!override) {
                assertThat(d.reasonText()).isNull();
            }
            assertThat(l.enrollments().stream().map(LoadPlan.Enrollment::courseId))
                    .containsAll(catalog.tracks().get(d.chosenTrack()));
        }
    }
}
